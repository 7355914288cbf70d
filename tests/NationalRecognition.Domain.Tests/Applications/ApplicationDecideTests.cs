using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Recognitions;
using Xunit;
using static NationalRecognition.Domain.Tests.Applications.ApplicationBuilder;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationDecideTests
{
    [Fact]
    public void Two_courses_together_covering_the_syllabus_are_recognised_whole()
    {
        var transition = Compared().Decide(Deciding(RecogniseWhole()));

        Assert.Equal(ApplicationStatus.Recognised, transition.Next.Status);
        var decided = Assert.IsType<Decided>(Assert.Single(transition.Events));
        Assert.Same(transition.Next.Decision, decided.Decision);
    }

    [Fact]
    public void Each_supporting_course_is_recognised_once_with_the_units_credits_on_the_first()
    {
        var decided = (Decided)Compared().Decide(Deciding(RecogniseWhole())).Events[0];

        Assert.Equal(
            [
                new HeldRecognition("mooc/coursera/id/courseraorglearnsupervisedlearning", "CS-301", "6B06102", 5m, Id),
                new HeldRecognition("mooc/coursera/id/courseraorglearnunsupervisedlearning", "CS-301", "6B06102", 0m, Id),
            ],
            decided.Recognitions);
    }

    [Fact]
    public void The_recognised_grade_is_the_lowest_confirmed_one_through_the_scale() =>
        Assert.Equal(Letter.B, Recognised(Compared().Decide(Deciding(RecogniseWhole())).Next).Grade.Letter);

    [Fact]
    public void A_stated_grade_within_the_confirmed_band_is_recorded() =>
        Assert.Equal(82m, Recognised(Compared().Decide(Deciding(RecogniseWhole(new PercentGrade(82)))).Next).Grade.Percent);

    [Fact]
    public void A_stated_grade_above_the_confirmed_band_is_refused() =>
        Assert.Equal("decisions[0].grade", Assert.Throws<DomainException>(() => Compared().Decide(Deciding(RecogniseWhole(new LetterGrade(Letter.A))))).Field);

    [Fact]
    public void A_failing_confirmed_grade_is_not_recognised_whatever_is_stated()
    {
        var failed = Specialisation() with { Appendix = [new("Supervised Learning", Volume.OfHours(150), new LetterGrade(Letter.FX))] };
        var application = UnderReview(Request(failed)).RecordComparison(Comparing("Supervised Learning", "LO1", "LO2", "LO3", "LO4")).Next;

        var ex = Assert.Throws<DomainException>(() => application.Decide(Deciding(RecogniseWhole(new LetterGrade(Letter.A)))));

        Assert.Contains("failing grade", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_recognition_the_comparison_does_not_cover_is_refused_citing_clause_9()
    {
        var half = UnderReview().RecordComparison(Comparing("Supervised Learning", "LO1", "LO2")).Next;

        Assert.Equal("9", Assert.Throws<DomainException>(() => half.Decide(Deciding(RecogniseWhole()))).Clause);
    }

    [Fact]
    public void A_part_of_what_the_comparison_covers_is_recognised_in_part()
    {
        var half = UnderReview().RecordComparison(Comparing("Supervised Learning", "LO1", "LO2")).Next;

        var part = Recognised(half.Decide(Deciding(new UnitVerdict("CS-301", true, Credits: 3, Partial: true))).Next);

        Assert.Equal((RecognitionExtent.Part, 3m), (part.Extent, part.Credits));
    }

    [Fact]
    public void A_recognition_where_the_content_was_recorded_as_not_matching_is_refused_citing_clause_9()
    {
        var notMatching = UnderReview().RecordComparison(Comparing("Supervised Learning", "LO1", "LO2", "LO3", "LO4") with { ContentMatches = false }).Next;

        Assert.Equal("9", Assert.Throws<DomainException>(() => notMatching.Decide(Deciding(new UnitVerdict("CS-301", true, Credits: 1, Partial: true)))).Clause);
    }

    [Fact]
    public void The_coverage_a_whole_recognition_needs_is_the_regulations()
    {
        var regulation = new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false)
        {
            Coverage = CoverageRequirement.Of(OutcomeShare.Of(1, 2), OutcomeShare.Some),
        };
        var half = UnderReview().RecordComparison(Comparing("Supervised Learning", "LO1", "LO2")).Next;

        var decided = half.Decide(Deciding(RecogniseWhole()) with { Commission = Commission.Establish(TestData.Order(), TestData.Members(), regulation) });

        Assert.Equal(ApplicationStatus.Recognised, decided.Next.Status);
    }

    [Fact]
    public void A_recognition_without_a_recorded_comparison_is_refused_citing_clause_9()
    {
        var ex = Assert.Throws<DomainException>(() => UnderReview().Decide(Deciding(RecogniseWhole())));

        Assert.Equal((DomainErrorCode.RuleViolation, "9", "decisions[0]"), (ex.Code, ex.Clause, ex.Field));
    }

    [Fact]
    public void Without_the_clause_9_check_a_recognition_still_needs_the_entry_a_comparison_names()
    {
        var version = TestData.Amended with { Checks = [] };

        var ex = Assert.Throws<DomainException>(() => UnderReview().Decide(Deciding(RecogniseWhole()) with { RuleVersion = version }));

        Assert.Equal((DomainErrorCode.Validation, (string?)null), (ex.Code, ex.Clause));
    }

    [Fact]
    public void A_refusal_with_its_reason_needs_no_comparison()
    {
        var decided = UnderReview().Decide(Deciding(new UnitVerdict("CS-301", false, Reason: "Objectives differ.")));

        Assert.Equal(ApplicationStatus.NotRecognised, decided.Next.Status);
        Assert.Empty(((Decided)decided.Events[0]).Recognitions);
    }

    [Fact]
    public void A_decision_on_a_unit_not_applied_for_is_refused() =>
        Assert.Equal((DomainErrorCode.NotFound, "decisions[0].unitCode"),
            Assert.Throws<DomainException>(() => Compared().Decide(Deciding(new UnitVerdict("MA-210", true)))) is var ex ? (ex.Code, ex.Field) : default);

    [Fact]
    public void A_decision_is_final() =>
        Assert.Equal(DomainErrorCode.InvalidTransition, Assert.Throws<DomainException>(() =>
            Compared().Decide(Deciding(RecogniseWhole())).Next.Decide(Deciding(RecogniseWhole()))).Code);

    [Fact]
    public void The_commission_decides_only_under_review() =>
        Assert.Equal(DomainErrorCode.InvalidTransition, Assert.Throws<DomainException>(() =>
            Submitted().Decide(Deciding(new UnitVerdict("CS-301", false, Reason: "Objectives differ.")))).Code);

    [Fact]
    public void A_decision_is_judged_and_recorded_by_the_version_of_the_submission_day() =>
        Assert.Equal(TestData.Amended.Id, Compared().Decide(Deciding(RecogniseWhole())).Next.RuleVersionId);

    [Fact]
    public void A_vote_against_the_recognition_keeps_it_from_the_protocol()
    {
        var voting = Commission.Establish(TestData.Order(), TestData.Members(), new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: true));
        var request = Deciding(RecogniseWhole()) with
        {
            Commission = voting,
            Protocol = new Protocol("P-12", MeetingDay, [Chair, Secretary, Member], new ProtocolVotes(1, 2, 0)),
        };

        Assert.Equal("Protocol.Votes", Assert.Throws<DomainException>(() => Compared().Decide(request)).Field);
    }

    [Fact]
    public void Withdrawal_needs_a_reason() =>
        Assert.Equal((DomainErrorCode.Validation, "reason"), Assert.Throws<DomainException>(() => Submitted().Withdraw("  ")) is var ex ? (ex.Code, ex.Field) : default);

    [Fact]
    public void Withdrawal_records_the_reason_as_said()
    {
        var transition = UnderReview().Withdraw("  Moved to another university. ");

        Assert.Equal((ApplicationStatus.Withdrawn, "Moved to another university."), (transition.Next.Status, transition.Next.WithdrawalReason));
        Assert.Equal(new Withdrawn(Id, "Moved to another university."), Assert.Single(transition.Events));
    }

    [Fact]
    public void A_decided_application_cannot_be_withdrawn() =>
        Assert.Equal(DomainErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => Compared().Decide(Deciding(RecogniseWhole())).Next.Withdraw("Changed my mind.")).Code);

    private static RecognisedDiscipline Recognised(Application application) =>
        Assert.IsType<RecognisedDiscipline>(Assert.Single(application.Decision!.Decisions));

    [Fact]
    public void An_entry_compared_as_not_matching_is_not_among_the_courses_recognised()
    {
        var application = UnderReview()
            .RecordComparison(Comparing("Supervised Learning", "LO1", "LO2", "LO3", "LO4")).Next
            .RecordComparison(Comparing("Unsupervised Learning", "LO3") with { ObjectivesMatch = false }).Next;

        var decided = (Decided)application.Decide(Deciding(RecogniseWhole())).Events[0];

        Assert.Equal("mooc/coursera/id/courseraorglearnsupervisedlearning", Assert.Single(decided.Recognitions).Course);
    }
}
