using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Clause 13 with periods as institutions have them, through the grains: a unit taught in several periods (per intake
/// or cohort), the learner naming the one in which they will study it, the deadline that period's start.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class TeachingPeriodsTests(WorkflowClusterFixture fixture)
{
    private const string ProgrammeCode = "6B06177";
    private const string Unit = "COH-1";
    private const string SpringPeriod = "2026-spring";

    [Fact]
    public async Task Learner_of_a_later_cohort_applies_before_their_own_period_although_an_earlier_cohorts_has_started()
    {
        var (campus, iin) = await TaughtIn(Campus.StartedPeriod, Campus.OpenPeriod);

        var submitted = await campus.Submit(Application(campus, iin, Campus.OpenPeriod));

        Assert.Equal(ApplicationStatus.Submitted, submitted.Status);
        Assert.Equal(Campus.OpenPeriod, submitted.Period.Id);
    }

    [Fact]
    public async Task Naming_a_period_the_unit_is_not_taught_in_is_refused_citing_clause_13()
    {
        var (campus, iin) = await TaughtIn(Campus.StartedPeriod, Campus.OpenPeriod);

        var refusal = await Refusal.Expect(() => campus.Submit(Application(campus, iin, SpringPeriod)), DomainErrorCode.RuleViolation, "13");

        Assert.Equal("AcademicPeriodId", refusal.Field);
    }

    [Fact]
    public async Task Naming_a_period_of_the_set_that_has_started_is_refused_as_past_its_deadline()
    {
        var (campus, iin) = await TaughtIn(Campus.StartedPeriod, Campus.OpenPeriod);

        await Refusal.Expect(() => campus.Submit(Application(campus, iin, Campus.StartedPeriod)), DomainErrorCode.DeadlinePassed, "13");
    }

    [Fact]
    public async Task Catalogue_keeps_the_periods_in_calendar_order_and_the_earliest_in_the_old_single_field()
    {
        var (campus, _) = await TaughtIn(SpringPeriod, Campus.OpenPeriod);

        var unit = (await Institution(campus).GetProgrammes()).Single(p => p.Code == ProgrammeCode).Units.Single();

        Assert.Equal([Campus.OpenPeriod, SpringPeriod], unit.TaughtInPeriodIds!);
        Assert.Equal(Campus.OpenPeriod, unit.TaughtInPeriodId);
    }

    [Fact]
    public async Task Unit_stored_with_one_period_is_read_as_a_set_of_that_period()
    {
        var campus = await Campus.Open(fixture.Grains);
        await Institution(campus).UpsertProgramme(Programme(new CurriculumUnit(Unit, "Cohort unit", CurriculumUnitKind.Discipline, 5m,
            ["Models"], [new LearningOutcome("C1", "Trains models")], TaughtInPeriodId: Campus.StartedPeriod)), Actors.Registrar(campus.Bin));

        var unit = (await Institution(campus).GetProgrammes()).Single(p => p.Code == ProgrammeCode).Units.Single();

        Assert.Equal([Campus.StartedPeriod], unit.Periods);
        await Refusal.Expect(() => campus.Submit(Application(campus, TestIdentities.NewIin(), Campus.OpenPeriod)), DomainErrorCode.RuleViolation, "13");
    }

    [Fact]
    public async Task Period_set_naming_a_period_missing_from_the_calendar_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains);

        var refusal = await Refusal.Expect(() => Institution(campus).UpsertProgramme(Programme(Taught(Campus.OpenPeriod, "2099-spring")), Actors.Registrar(campus.Bin)),
            DomainErrorCode.Validation, "13");

        Assert.Contains("2099-spring", refusal.Message, StringComparison.Ordinal);
    }

    private async Task<(Campus Campus, string Iin)> TaughtIn(params string[] periods)
    {
        var campus = await Campus.Open(fixture.Grains);
        await Institution(campus).SetAcademicPeriod(
            new AcademicPeriodInfo(SpringPeriod, "Spring semester 2026", new DateOnly(2026, 1, 19), new DateOnly(2026, 5, 30)), Actors.Registrar(campus.Bin));
        await Institution(campus).UpsertProgramme(Programme(Taught(periods)), Actors.Registrar(campus.Bin));
        return (campus, TestIdentities.NewIin());
    }

    private IInstitutionGrain Institution(Campus campus) => fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin);

    private static CurriculumUnit Taught(params string[] periods) =>
        new(Unit, "Cohort unit", CurriculumUnitKind.Discipline, 5m, ["Models"], [new LearningOutcome("C1", "Trains models")], TaughtInPeriodIds: periods);

    private static Programme Programme(CurriculumUnit unit) => new(ProgrammeCode, "Cohorts", InstitutionKind.Higher, [unit]);

    private static SubmitApplication Application(Campus campus, string iin, string period) =>
        campus.Application(iin, Certificates.Mooc(iin), period: period) with { ProgrammeCode = ProgrammeCode, UnitCodes = [Unit] };
}
