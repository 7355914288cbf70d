using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>The Commission decides as its own regulation says, and every rule of issue [9] bites, through the grains.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class LegalFidelityTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Chair_token_of_someone_outside_the_composition_cannot_record_the_decision()
    {
        var (campus, application) = await Compared();

        await Refusal.Expect(
            () => application.Decide(campus.Recognise(Campus.MachineLearning), new Actor("someone-else", ActorRole.CommissionChair, campus.Bin)),
            DomainErrorCode.Forbidden, "22");
    }

    [Fact]
    public async Task Ordinary_member_cannot_record_the_decision_under_the_default_regulation()
    {
        var (campus, application) = await Compared();

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Member(campus.Bin)), DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task Secretary_records_the_decision_under_the_default_regulation()
    {
        var (campus, application) = await Compared();

        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Secretary(campus.Bin));

        Assert.Equal(Domain.Applications.ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task Chair_alone_is_not_a_quorum()
    {
        var (campus, application) = await Compared();
        var protocol = Campus.Protocol() with { MembersPresent = [Campus.ChairName] };

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(protocol, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation, "22");
    }

    [Fact]
    public async Task Regulation_that_records_votes_refuses_a_protocol_without_them()
    {
        var campus = await Campus.Open(fixture.Grains);
        await Commission(campus).Reconstitute(
            Campus.Constitution("18-НҚ", TestClock.Today) with { Regulation = new CommissionRegulationInfo(QuorumKind.MoreThanHalf, 0m, CommissionRole.Secretary, CommissionRole.Chair, true) },
            Actors.Head(campus.Bin));
        var application = await ComparedAt(campus);

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "22");
        var decided = await application.Decide(
            new DecideApplication(Campus.Protocol() with { Votes = new ProtocolVotesInfo(2, 0, 0) }, [new UnitDecisionInput(Campus.MachineLearning, true)]),
            Actors.Chair(campus.Bin));
        Assert.Equal(2, decided.Decision!.Protocol.Votes!.InFavour);
    }

    [Fact]
    public async Task Regulation_the_composition_cannot_follow_is_refused_with_the_order()
    {
        var campus = await Campus.Open(fixture.Grains);

        await Refusal.Expect(
            () => Commission(campus).Reconstitute(
                Campus.Constitution("18-НҚ", TestClock.Today) with { Regulation = new CommissionRegulationInfo(QuorumKind.AtLeastCount, 4m, CommissionRole.Secretary, CommissionRole.Chair, false) },
                Actors.Head(campus.Bin)),
            DomainErrorCode.RuleViolation, "22");
    }

    [Fact]
    public async Task Protocol_dated_in_the_future_is_refused()
    {
        var (campus, application) = await Compared();

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(Campus.Protocol() with { Date = TestClock.Today.AddDays(1) }, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task Protocol_dated_before_the_submission_is_refused()
    {
        var (campus, application) = await Compared();

        var refusal = await Refusal.Expect(
            () => application.Decide(new DecideApplication(Campus.Protocol() with { Date = TestClock.Today.AddDays(-1) }, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);

        Assert.Equal("Protocol.Date", refusal.Field);
    }

    [Fact]
    public async Task Recognised_credits_above_the_disciplines_are_refused()
    {
        var (campus, application) = await Compared();

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Credits: 6m)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task Partial_recognition_without_its_credits_is_refused_and_with_them_recorded()
    {
        var (campus, application) = await Compared();

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Partial: true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);
        var decided = await application.Decide(
            new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Credits: 3m, Partial: true)]), Actors.Chair(campus.Bin));
        Assert.Equal((3m, true), (decided.Decision!.Units[0].Credits, decided.Decision.Units[0].Partial));
    }

    [Fact]
    public async Task Failing_grade_is_not_carried_over()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var application = await ComparedAt(campus, Certificates.Mooc(iin, "Coursera", Certificates.Entry(grade: new GradeInfo(GradeKind.Percent, 40m))), iin);

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task Commission_states_the_grade_carried_over_for_a_pass_fail_course()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var application = await ComparedAt(campus, Certificates.Mooc(iin, "Coursera", Certificates.Entry(grade: new GradeInfo(GradeKind.PassFail, Passed: true))), iin);

        var decided = await application.Decide(
            new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Grade: new GradeInfo(GradeKind.Percent, 82m))]),
            Actors.Chair(campus.Bin));

        Assert.Equal(("B", 3.0m), (decided.Decision!.Units[0].Letter, decided.Decision.Units[0].GpaPoints));
    }

    [Fact]
    public async Task Refusal_at_the_door_is_recorded_with_its_clause_for_the_learner_and_the_institution()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), period: Campus.StartedPeriod);
        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.DeadlinePassed, "13");

        var trail = await campus.ApplicationOf(command).GetAuditTrail(Actors.Learner(iin));
        var otherLearner = await campus.ApplicationOf(command).GetAuditTrail(Actors.Learner(TestIdentities.NewIin()));

        var refusal = Assert.Single(trail);
        Assert.Equal("SubmissionRefusedAtDoor", refusal.Action);
        Assert.Contains("clause 13", refusal.Details, StringComparison.Ordinal);
        Assert.Empty(otherLearner);
        await SharedEventLog.CatchUpAsync();
        var audit = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(campus.Bin, TestClock.Today))
            .GetPage(new Contracts.Common.PageRequest(Contracts.Common.PageRequest.MaxPageSize), Actors.Registrar(campus.Bin));
        Assert.Contains(audit.Items, r => r.Action == "SubmissionRefusedAtDoor");
    }

    [Fact]
    public async Task Discipline_taught_in_a_period_already_started_cannot_be_applied_for_by_naming_a_later_period()
    {
        var campus = await Campus.Open(fixture.Grains);
        var programme = new Programme("6B06199", "Taught early", InstitutionKind.Higher,
        [
            new CurriculumUnit("EARLY-1", "Machine learning", CurriculumUnitKind.Discipline, 5m, ["Models"], [new LearningOutcome("ML1", "Trains models")],
                TaughtInPeriodId: Campus.StartedPeriod),
        ]);
        await fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).UpsertProgramme(programme, Actors.Registrar(campus.Bin));
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin)) with { ProgrammeCode = "6B06199", UnitCodes = ["EARLY-1"] };

        // The learner names the period in which they will study the unit, one in which it is taught (issue [14]).
        var refusal = await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.RuleViolation, "13");
        Assert.Equal("AcademicPeriodId", refusal.Field);
    }

    [Fact]
    public async Task Unit_taught_in_a_period_missing_from_the_calendar_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains);
        var programme = new Programme("6B06198", "Unknown period", InstitutionKind.Higher,
        [
            new CurriculumUnit("U-1", "Unit", CurriculumUnitKind.Discipline, 5m, ["Goal"], [new LearningOutcome("O1", "Outcome")], TaughtInPeriodId: "2099-spring"),
        ]);

        await Refusal.Expect(() => fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).UpsertProgramme(programme, Actors.Registrar(campus.Bin)), DomainErrorCode.Validation);
    }

    [Fact]
    public async Task Typed_certificate_without_its_holders_iin_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(() => campus.Submit(campus.Application(iin, Certificates.Mooc(iin) with { HolderIin = null })), DomainErrorCode.RuleViolation, "13");
    }

    [Theory]
    [InlineData("Султанова Айгерим", true)]
    [InlineData("Daniyar Nurpeisov", false)]
    public async Task Holders_name_is_compared_with_the_applicants_and_a_mismatch_is_flagged(string holderName, bool matches)
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        var application = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin) with { HolderName = holderName }));

        Assert.Equal(matches, application.Provenance![0].HolderNameMatches);
    }

    [Fact]
    public async Task Same_mooc_course_typed_differently_is_not_recognised_again_for_another_discipline()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var first = await ComparedAt(campus, Certificates.Mooc(iin), iin);
        await first.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        var retyped = Certificates.Mooc(iin, "Coursera Inc.") with { IssuerName = "Coursera Inc." };
        var command = campus.Application(iin, retyped, units: Campus.Databases);
        var second = campus.ApplicationOf(command);
        await campus.Submit(command);
        await second.StartReview(Actors.Chair(campus.Bin));
        await second.RecordComparison(campus.FullMatch(Campus.Databases), Actors.Chair(campus.Bin));

        await Refusal.Expect(() => second.Decide(campus.Recognise(Campus.Databases), Actors.Chair(campus.Bin)), DomainErrorCode.Conflict);
    }

    [Fact]
    public async Task Credit_cap_applies_per_learner_and_programme_across_applications()
    {
        var campus = await Campus.Open(fixture.Grains);
        await fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).Register(
            new RegisterInstitution(new InstitutionNames("Тест университеті", "Тестовый университет", "Test University"), [InstitutionKind.Higher], Region.AlmatyCity,
                new RecognitionPolicy(Domain.Grading.GradeScale.Default.Id, MaxRecognisedCredits: 8m)),
            Actors.Registrar(campus.Bin));
        var iin = TestIdentities.NewIin();
        var first = await ComparedAt(campus, Certificates.Mooc(iin), iin);
        await first.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        var command = campus.Application(iin, Certificates.EducationOrganisation(iin, Certificates.Entry("Databases")), units: Campus.Databases);
        var second = campus.ApplicationOf(command);
        await campus.Submit(command);
        await second.StartReview(Actors.Chair(campus.Bin));
        await second.RecordComparison(campus.FullMatch(Campus.Databases, "Databases"), Actors.Chair(campus.Bin));

        await Refusal.Expect(() => second.Decide(campus.Recognise(Campus.Databases), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation);
    }

    [Theory]
    [InlineData("five-point", null)]
    [InlineData("point-rating-with-fx", -1)]
    public async Task Setting_that_cannot_take_effect_is_refused_not_stored(string scale, int? cap)
    {
        var campus = await Campus.Open(fixture.Grains);
        var institution = fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin);

        await Refusal.Expect(
            () => institution.Register(
                new RegisterInstitution(new InstitutionNames("Тест", "Тест", "Test"), [InstitutionKind.Higher], Region.AlmatyCity, new RecognitionPolicy(scale, MaxRecognisedCredits: cap)),
                Actors.Registrar(campus.Bin)),
            DomainErrorCode.Validation);
        Assert.Equal(Domain.Grading.GradeScale.Default.Id, (await institution.GetProfile())!.Policy.GradeScaleId);
    }

    [Fact]
    public async Task Institutions_own_hours_per_credit_take_effect_in_the_comparison()
    {
        var campus = await Campus.Open(fixture.Grains);
        await fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).Register(
            new RegisterInstitution(new InstitutionNames("Тест университеті", "Тестовый университет", "Test University"), [InstitutionKind.Higher], Region.AlmatyCity,
                new RecognitionPolicy(Domain.Grading.GradeScale.Default.Id, HoursPerCredit: 25m)),
            Actors.Registrar(campus.Bin));
        var iin = TestIdentities.NewIin();

        var application = await ComparedAt(campus, Certificates.Mooc(iin, "Coursera", Certificates.Entry(credits: null, hours: 150m)), iin);

        Assert.Equal(6m, (await application.Get(Actors.Administrator))!.Comparisons[0].CertificateCredits);
    }

    [Fact]
    public async Task Learner_iin_with_a_birth_date_in_the_future_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains);
        var unborn = FutureIin();

        var refusal = await Refusal.Expect(() => campus.Submit(campus.Application(unborn, Certificates.Mooc(unborn))), DomainErrorCode.Validation);

        Assert.Contains("future", refusal.Message, StringComparison.Ordinal);
    }

    private static string FutureIin()
    {
        var born = TestClock.Today.AddDays(10);
        var prefix = born.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "5";
        for (var serial = 0; serial < 10000; serial++)
        {
            var eleven = prefix + serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            if (Domain.Identity.KzCheckDigit.Compute(eleven) is { } check)
            {
                return eleven + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No IIN for the date.");
    }

    private ICommissionGrain Commission(Campus campus) => fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!);

    private async Task<(Campus Campus, IApplicationGrain Application)> Compared()
    {
        var campus = await Campus.Open(fixture.Grains);
        return (campus, await ComparedAt(campus));
    }

    private static async Task<IApplicationGrain> ComparedAt(Campus campus, CertificateInfo? certificate = null, string? iin = null)
    {
        iin ??= TestIdentities.NewIin();
        var command = campus.Application(iin, certificate ?? Certificates.Mooc(iin));
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        return application;
    }
}
