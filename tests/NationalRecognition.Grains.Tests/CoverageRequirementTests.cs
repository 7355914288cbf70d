using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// How much clause-9 coverage a whole or partial recognition needs is the institution's regulation (clause 22): stated
/// with the composition, stored with it and applied by the decision, through the grains.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CoverageRequirementTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Under_the_default_regulation_a_whole_recognition_of_two_outcomes_of_three_is_refused_citing_clause_9()
    {
        var (campus, application) = await TwoOfThreeCoveredUnder(null);

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "9");
    }

    [Fact]
    public async Task A_regulation_asking_two_thirds_for_a_whole_recognition_recognises_two_outcomes_of_three_whole()
    {
        var (campus, application) = await TwoOfThreeCoveredUnder(Regulation(new OutcomeShareInfo(2, 3), null));

        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task A_regulation_asking_half_for_a_partial_recognition_refuses_one_outcome_of_three_in_part()
    {
        var (campus, application) = await CoveredUnder(Regulation(null, new OutcomeShareInfo(1, 2)), "ML1");
        var partial = new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, 2m, Partial: true)]);

        await Refusal.Expect(() => application.Decide(partial, Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "9");
    }

    [Fact]
    public async Task The_stated_coverage_is_stored_with_the_composition()
    {
        var (campus, _) = await TwoOfThreeCoveredUnder(Regulation(new OutcomeShareInfo(2, 3), new OutcomeShareInfo(1, 3)));

        var regulation = (await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Get())!.Current.Regulation!;

        Assert.Equal((new OutcomeShareInfo(2, 3), new OutcomeShareInfo(1, 3)), (regulation.CoverageForWhole, regulation.CoverageForPart));
    }

    [Fact]
    public async Task A_regulation_asking_less_for_a_whole_recognition_than_for_a_partial_one_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains);

        await Refusal.Expect(() => fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Reconstitute(
                Campus.Constitution("18-НҚ", TestClock.Today) with { Regulation = Regulation(new OutcomeShareInfo(1, 3), new OutcomeShareInfo(1, 2)) },
                Actors.Head(campus.Bin)),
            DomainErrorCode.Validation);
    }

    private static CommissionRegulationInfo Regulation(OutcomeShareInfo? forWhole, OutcomeShareInfo? forPart) =>
        new(QuorumKind.MoreThanHalf, 0m, CommissionRole.Chair, CommissionRole.Chair, VotesRecorded: false, CoverageForWhole: forWhole, CoverageForPart: forPart);

    private Task<(Campus Campus, IApplicationGrain Application)> TwoOfThreeCoveredUnder(CommissionRegulationInfo? regulation) =>
        CoveredUnder(regulation, "ML1", "ML2");

    private async Task<(Campus Campus, IApplicationGrain Application)> CoveredUnder(CommissionRegulationInfo? regulation, params string[] covered)
    {
        var campus = await Campus.Open(fixture.Grains);
        if (regulation is not null)
        {
            await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Reconstitute(
                Campus.Constitution("18-НҚ", TestClock.Today) with { Regulation = regulation }, Actors.Head(campus.Bin));
        }

        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch() with { CoveredOutcomeIds = covered }, Actors.Chair(campus.Bin));
        return (campus, application);
    }
}
