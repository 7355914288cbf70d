using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Errors;
using Xunit;
using static NationalRecognition.Domain.Tests.Applications.ApplicationBuilder;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationSubmitTests
{
    private static readonly Guid Earlier = new("11111111-2222-3333-4444-555555555555");

    [Fact]
    public void An_accepted_application_is_submitted_and_addressed_to_the_chair_in_office()
    {
        var transition = Application.Submit(Request());

        Assert.Equal((ApplicationStatus.Submitted, Chair, "6B06102", "2025-autumn"), (transition.Next.Status, transition.Next.AddressedTo, transition.Next.ProgrammeCode, transition.Next.PeriodId));
        Assert.Equal(new Submitted(Id, Chair, TestData.Amended.Id, SubmittedAt), Assert.Single(transition.Events));
    }

    [Fact]
    public void Under_a_version_without_clause_13_1_the_application_goes_to_the_commission_as_a_body()
    {
        var version = TestData.Amended with { Checks = TestData.Amended.Checks.Where(c => c != Domain.RuleVersions.RuleCheck.AddressedToChair).ToArray() };

        Assert.Equal(Application.CommissionAsAddressee, Submitted(Request() with { RuleVersion = version }).AddressedTo);
    }

    [Fact]
    public void The_submission_day_is_the_kazakhstan_date() =>
        Assert.Equal(new DateOnly(2025, 8, 21), Submitted(Request() with { Now = new DateTimeOffset(2025, 8, 20, 19, 30, 0, TimeSpan.Zero) }).SubmittedOn);

    [Fact]
    public void The_clause_13_content_checks_apply_at_the_door() =>
        Assert.Equal("13", Assert.Throws<DomainException>(() => Application.Submit(Request() with { Submission = TestData.Submission() with { Documents = [] } })).Clause);

    [Fact]
    public void Units_other_than_those_requested_are_refused() =>
        Assert.Equal("Requested", Assert.Throws<DomainException>(() => Application.Submit(Request() with { Units = [] })).Field);

    [Fact]
    public void A_unit_of_another_code_than_the_requested_is_refused() =>
        Assert.Equal("Requested", Assert.Throws<DomainException>(() => Application.Submit(Request() with
        {
            Units = [new ApplicationUnit(new("MA-210", "Statistics", RequestedItemKind.Discipline, 5, ["LO1"]), ["2025-autumn"])],
        })).Field);

    [Fact]
    public void The_named_period_must_be_one_in_which_the_unit_is_taught()
    {
        var ex = Assert.Throws<DomainException>(() => Application.Submit(Request() with { Units = [new ApplicationUnit(MachineLearning, ["2026-spring"])] }));

        Assert.Equal((DomainErrorCode.RuleViolation, "AcademicPeriodId", "13"), (ex.Code, ex.Field, ex.Clause));
    }

    [Fact]
    public void A_unit_without_its_teaching_periods_is_refused() =>
        Assert.Equal(("UnitCodes", "13"), Assert.Throws<DomainException>(() => Application.Submit(Request() with { Units = [new ApplicationUnit(MachineLearning)] })) is var ex ? (ex.Field, ex.Clause) : default);

    [Fact]
    public void A_later_cohort_names_a_later_period_in_which_the_unit_is_taught_again()
    {
        var later = Request() with
        {
            Submission = TestData.Submission() with { Documents = [Specialisation()], AcademicPeriodId = "2026-spring" },
            Period = Spring,
            Now = new DateTimeOffset(2025, 10, 1, 5, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal("2026-spring", Submitted(later).PeriodId);
    }

    [Fact]
    public void The_deadline_is_the_start_of_the_named_period() =>
        Assert.Equal(DomainErrorCode.DeadlinePassed, Assert.Throws<DomainException>(() =>
            Application.Submit(Request() with { Now = new DateTimeOffset(2025, 8, 31, 19, 0, 0, TimeSpan.Zero) })).Code);

    [Fact]
    public void The_last_day_before_the_named_period_starts_is_in_time() =>
        Assert.Equal(ApplicationStatus.Submitted, Submitted(Request() with { Now = new DateTimeOffset(2025, 8, 31, 18, 59, 0, TimeSpan.Zero) }).Status);

    [Fact]
    public void A_course_and_unit_still_pending_in_an_earlier_application_is_refused_citing_it()
    {
        var pending = new EarlierApplication(Earlier, ApplicationStatus.UnderReview, Held(), []);

        var ex = Assert.Throws<DomainException>(() => Application.Submit(Request() with { Earlier = [pending] }));

        Assert.Equal((DomainErrorCode.Conflict, "13"), (ex.Code, ex.Clause));
        Assert.Contains(Earlier.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains("still pending", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_and_unit_already_recognised_is_refused() =>
        Assert.Contains("already recognised", Assert.Throws<DomainException>(() =>
            Application.Submit(Request() with { Earlier = [new EarlierApplication(Earlier, ApplicationStatus.Recognised, Held(), Held())] })).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(ApplicationStatus.NotRecognised)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void After_a_refusal_or_a_withdrawal_the_learner_may_apply_again(ApplicationStatus earlier) =>
        Assert.Equal(ApplicationStatus.Submitted, Submitted(Request() with { Earlier = [new EarlierApplication(Earlier, earlier, Held(), [])] }).Status);

    [Fact]
    public void A_unit_refused_in_a_partly_recognised_application_may_be_applied_for_again() =>
        Assert.Equal(ApplicationStatus.Submitted, Submitted(Request() with
        {
            Earlier = [new EarlierApplication(Earlier, ApplicationStatus.PartlyRecognised, Held(), [])],
        }).Status);

    [Fact]
    public void The_same_course_for_another_unit_is_not_refused() =>
        Assert.Equal(ApplicationStatus.Submitted, Submitted(Request() with
        {
            Earlier = [new EarlierApplication(Earlier, ApplicationStatus.Submitted, [new CourseForUnit(Held()[0].Course, "MA-210")], [])],
        }).Status);

    private static CourseForUnit[] Held() => [.. CourseAndUnitRule.PutForward([Specialisation()], [new ApplicationUnit(MachineLearning, ["2025-autumn"])])];

    [Fact]
    public void A_course_and_unit_in_an_application_not_yet_under_review_is_pending() =>
        Assert.Equal(DomainErrorCode.Conflict, Assert.Throws<DomainException>(() =>
            Application.Submit(Request() with { Earlier = [new EarlierApplication(Earlier, ApplicationStatus.Submitted, Held(), [])] })).Code);

    [Fact]
    public void A_unit_recognised_in_a_partly_recognised_application_is_not_applied_for_again() =>
        Assert.Contains("already recognised", Assert.Throws<DomainException>(() =>
            Application.Submit(Request() with { Earlier = [new EarlierApplication(Earlier, ApplicationStatus.PartlyRecognised, Held(), Held())] })).Message, StringComparison.Ordinal);

    [Fact]
    public void A_version_without_the_period_check_does_not_ask_where_the_unit_is_taught()
    {
        var version = TestData.Amended with { Checks = TestData.Amended.Checks.Where(c => c != Domain.RuleVersions.RuleCheck.BeforePeriodStart).ToArray() };

        Assert.Equal(ApplicationStatus.Submitted, Submitted(Request() with { RuleVersion = version, Units = [new ApplicationUnit(MachineLearning)] }).Status);
    }
}
