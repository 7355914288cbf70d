using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The Commission's decision is bound by what it found (issue [14]), through the grains as a request reaches them: the
/// recorded comparison (clause 9), the recorded votes and the certificate's confirmed grade.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class DecisionBindingTests(WorkflowClusterFixture fixture)
{
    private const string Supervised = "Supervised Learning";
    private const string Evaluation = "Model Evaluation";

    [Fact]
    public async Task Recognition_of_a_course_whose_content_was_recorded_as_not_matching_is_refused_citing_clause_9()
    {
        var (campus, application) = await Compared(c => c.FullMatch() with { ContentMatches = false });

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "9");
    }

    [Fact]
    public async Task Recognition_of_a_course_whose_objectives_were_recorded_as_not_matching_is_refused_citing_clause_9()
    {
        var (campus, application) = await Compared(c => c.FullMatch() with { ObjectivesMatch = false });

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "9");
    }

    [Fact]
    public async Task Whole_recognition_with_outcomes_recorded_as_not_covered_is_refused_citing_clause_9()
    {
        var (campus, application) = await Compared(c => c.FullMatch() with { CoveredOutcomeIds = ["ML1"] });

        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)), DomainErrorCode.RuleViolation, "9");
    }

    [Fact]
    public async Task Partial_recognition_rests_on_some_outcomes_covered()
    {
        var (campus, application) = await Compared(c => c.FullMatch() with { CoveredOutcomeIds = ["ML1"] });

        var decided = await application.Decide(
            new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Credits: 2m, Partial: true)]), Actors.Chair(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task Two_appendix_entries_compared_with_one_discipline_combine_their_coverage_for_a_whole_recognition()
    {
        var (campus, application) = await TwoCourses();
        await application.RecordComparison(Comparing(Supervised, "ML1", "ML2"), Actors.Chair(campus.Bin));
        await application.RecordComparison(Comparing(Evaluation, "ML3"), Actors.Chair(campus.Bin));

        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        Assert.Equal((ApplicationStatus.Recognised, 2), (decided.Status, decided.Comparisons.Count));
    }

    [Fact]
    public async Task Comparing_the_same_entry_again_replaces_its_earlier_comparison()
    {
        var (campus, application) = await TwoCourses();
        await application.RecordComparison(Comparing(Supervised, "ML1"), Actors.Chair(campus.Bin));

        var compared = await application.RecordComparison(Comparing("supervised  learning", "ML1", "ML2"), Actors.Chair(campus.Bin));

        Assert.Equal(["ML1", "ML2"], Assert.Single(compared.Comparisons).Input.CoveredOutcomeIds);
    }

    [Fact]
    public async Task Protocol_whose_votes_went_against_cannot_record_the_decision()
    {
        var (campus, application) = await ComparedUnder(Regulation());
        var protocol = Everyone() with { Votes = new ProtocolVotesInfo(1, 2, 0) };

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(protocol, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation, "22");
    }

    [Fact]
    public async Task Abstentions_count_against_the_default_majority_of_the_members_present()
    {
        var (campus, application) = await ComparedUnder(Regulation());
        var protocol = Everyone() with { Votes = new ProtocolVotesInfo(1, 0, 2) };

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(protocol, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation, "22");
    }

    [Fact]
    public async Task Exact_half_does_not_carry_without_the_chairs_casting_vote()
    {
        var (campus, application) = await ComparedUnder(Regulation());
        var protocol = Campus.Protocol() with { Votes = new ProtocolVotesInfo(1, 1, 0, ChairVotedInFavour: true) };

        await Refusal.Expect(
            () => application.Decide(new DecideApplication(protocol, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation, "22");
    }

    [Fact]
    public async Task Chairs_casting_vote_carries_an_exact_half_where_the_regulation_gives_it()
    {
        var (campus, application) = await ComparedUnder(Regulation() with { ChairHasCastingVote = true });
        var protocol = Campus.Protocol() with { Votes = new ProtocolVotesInfo(1, 1, 0, ChairVotedInFavour: true) };

        var decided = await application.Decide(new DecideApplication(protocol, [new UnitDecisionInput(Campus.MachineLearning, true)]), Actors.Chair(campus.Bin));

        Assert.Equal((ApplicationStatus.Recognised, true), (decided.Status, decided.Decision!.Protocol.Votes!.ChairVotedInFavour));
    }

    [Fact]
    public async Task Failing_confirmed_grade_is_not_recognised_whatever_grade_is_stated()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var application = await ComparedAt(campus, Certificates.Mooc(iin, "Coursera", Certificates.Entry(grade: new GradeInfo(GradeKind.Percent, 40m))), iin, campus.FullMatch());

        await Refusal.Expect(
            () => application.Decide(
                new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Grade: new GradeInfo(GradeKind.Percent, 90m))]),
                Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task Stated_grade_outside_the_confirmed_grades_band_is_refused()
    {
        var (campus, application) = await Compared(c => c.FullMatch());

        await Refusal.Expect(
            () => application.Decide(
                new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Grade: new GradeInfo(GradeKind.Letter, Letter: "A"))]),
                Actors.Chair(campus.Bin)),
            DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task Stated_grade_within_the_confirmed_grades_band_is_carried_over()
    {
        var (campus, application) = await Compared(c => c.FullMatch());

        var decided = await application.Decide(
            new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true, Grade: new GradeInfo(GradeKind.Percent, 90m))]),
            Actors.Chair(campus.Bin));

        Assert.Equal("A-", decided.Decision!.Units[0].Letter);
    }

    [Fact]
    public async Task Decision_that_fails_to_commit_leaves_no_recognition_in_the_learners_ledger()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var application = await ComparedAt(campus, Certificates.Mooc(iin), iin, campus.FullMatch());
        StorageFaults.FailNextWrite($"application/{application.GetPrimaryKey():N}");

        await Assert.ThrowsAnyAsync<Exception>(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin)));
        await application.Withdraw("I will study the discipline instead.", Actors.Learner(iin));

        Assert.Empty(await Ledger(campus, iin).GetHeld());
    }

    [Fact]
    public async Task Committed_decision_records_its_course_in_the_learners_ledger()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var application = await ComparedAt(campus, Certificates.Mooc(iin), iin, campus.FullMatch());

        await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        Assert.Equal(Campus.MachineLearning, Assert.Single(await Ledger(campus, iin).GetHeld()).Recognition.UnitCode);
    }

    [Fact]
    public async Task Refusal_at_the_door_is_recorded_once()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), period: Campus.StartedPeriod);
        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.DeadlinePassed, "13");

        await SharedEventLog.CatchUpAsync();
        var audit = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(campus.Bin, TestClock.Today))
            .GetPage(new PageRequest(PageRequest.MaxPageSize), Actors.Registrar(campus.Bin));

        var record = Assert.Single(audit.Items, r => r.Target == $"application/{campus.ApplicationOf(command).GetPrimaryKey():N}");
        Assert.Equal(("SubmissionRefusedAtDoor", AuditOutcome.Refused), (record.Action, record.Outcome));
    }

    private static ComparisonAssessment Comparing(string entry, params string[] covered) =>
        new(Campus.MachineLearning, 0, entry, ContentMatches: true, ObjectivesMatch: true, covered);

    private static CommissionRegulationInfo Regulation() =>
        new(QuorumKind.MoreThanHalf, 0m, CommissionRole.Secretary, CommissionRole.Chair, VotesRecorded: true);

    /// <summary>All three members of the composition present.</summary>
    private static ProtocolInfo Everyone() => Campus.Protocol() with { MembersPresent = [Campus.ChairName, "Dana Seitova", "Marat Zhaksybekov"] };

    private ILearnerRecognitionsGrain Ledger(Campus campus, string iin) =>
        fixture.Grains.GetGrain<ILearnerRecognitionsGrain>(LearnerRecognitionKeys.For(campus.Bin, iin));

    private async Task<(Campus Campus, IApplicationGrain Application)> Compared(Func<Campus, ComparisonAssessment> comparison)
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        return (campus, await ComparedAt(campus, Certificates.Mooc(iin), iin, comparison(campus)));
    }

    private async Task<(Campus Campus, IApplicationGrain Application)> ComparedUnder(CommissionRegulationInfo regulation)
    {
        var campus = await Campus.Open(fixture.Grains);
        await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Reconstitute(
            Campus.Constitution("18-НҚ", TestClock.Today) with { Regulation = regulation }, Actors.Head(campus.Bin));
        var iin = TestIdentities.NewIin();
        return (campus, await ComparedAt(campus, Certificates.Mooc(iin), iin, campus.FullMatch()));
    }

    /// <summary>A Coursera certificate of two courses, each covering part of the machine-learning syllabus, under review.</summary>
    private async Task<(Campus Campus, IApplicationGrain Application)> TwoCourses()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var certificate = Certificates.Mooc(iin, "Coursera", Certificates.Entry(Supervised, 3m, 90m), Certificates.Entry(Evaluation, 2m, 60m));
        var command = campus.Application(iin, certificate);
        await campus.Submit(command);
        var application = campus.ApplicationOf(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        return (campus, application);
    }

    private static async Task<IApplicationGrain> ComparedAt(Campus campus, CertificateInfo certificate, string iin, ComparisonAssessment comparison)
    {
        var command = campus.Application(iin, certificate);
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(comparison, Actors.Chair(campus.Bin));
        return application;
    }
}
