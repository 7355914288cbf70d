using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

/// <summary>Clause 22: a deputy chair signs in the chair's absence where the organisation's regulation says so.</summary>
public sealed class DeputyChairTests
{
    private const string Chair = "Dana Nurlanovna Ermekova";
    private const string Deputy = "Gulnara Tulegenova";
    private const string Secretary = "Arman Bekov";
    private const string OtherMember = "Yerlan Zhaksylykov";
    private static readonly DateOnly MeetingDay = new(2025, 9, 10);
    private static readonly RequestedRecognition MachineLearning = TestData.Discipline();

    private static CommissionMember[] MembersWithDeputy() =>
    [
        new(Chair, "Vice-rector", CommissionRole.Chair, TestData.ChairSubject),
        new(Secretary, "Registrar", CommissionRole.Secretary, TestData.SecretarySubject),
        new(Deputy, null, CommissionRole.Member, TestData.MemberSubject) { IsDeputyChair = true },
        new(OtherMember, null, CommissionRole.Member),
    ];

    private static Commission WithDeputy(bool deputySigns) => Commission.Establish(
        TestData.Order(),
        MembersWithDeputy(),
        new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false) { DeputySignsInChairsAbsence = deputySigns });

    private static ApplicationDecision Decide(Commission commission, string recordedBy, params string[] present) =>
        ApplicationDecision.Create(
            [MachineLearning],
            [DisciplineDecision.Recognise(MachineLearning, null, 5, TestData.GradeA(), RecognitionExtent.Whole)],
            new Protocol("P-3", MeetingDay, present),
            commission,
            new DecisionCircumstances(new DateOnly(2025, 8, 20), MeetingDay, recordedBy));

    [Fact]
    public void Deputy_signs_and_records_in_the_chairs_absence_where_the_regulation_says_so() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(WithDeputy(deputySigns: true), TestData.MemberSubject, Deputy, Secretary, OtherMember).Outcome);

    [Fact]
    public void Without_that_regulation_nothing_is_decided_in_the_chairs_absence() =>
        Assert.Contains("signed by the chair", Assert.Throws<DomainException>(() =>
            Decide(WithDeputy(deputySigns: false), TestData.SecretarySubject, Deputy, Secretary, OtherMember)).Message, StringComparison.Ordinal);

    [Fact]
    public void Deputy_does_not_sign_when_the_chair_is_present() =>
        Assert.Equal(DomainErrorCode.Forbidden, Assert.Throws<DomainException>(() =>
            Decide(WithDeputy(deputySigns: true), TestData.MemberSubject, Chair, Deputy, Secretary)).Code);

    [Fact]
    public void An_ordinary_member_does_not_sign_for_the_absent_chair() =>
        Assert.Throws<DomainException>(() => Decide(
            Commission.Establish(TestData.Order(), TestData.Members(), new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false) { DeputySignsInChairsAbsence = true }),
            TestData.SecretarySubject,
            Secretary, "Gulnara Tulegenova", OtherMember));

    [Fact]
    public void Deputy_does_not_sign_where_the_regulation_has_the_secretary_sign()
    {
        var commission = Commission.Establish(
            TestData.Order(),
            MembersWithDeputy(),
            new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Chair, CommissionRole.Secretary, votesRecorded: false) { DeputySignsInChairsAbsence = true });

        Assert.Contains("signed by the secretary", Assert.Throws<DomainException>(() => Decide(commission, TestData.ChairSubject, Deputy, Chair, OtherMember)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_deputies_are_refused() =>
        Assert.Equal("Members", Assert.Throws<DomainException>(() => Commission.Establish(
            TestData.Order(),
            [.. MembersWithDeputy(), new CommissionMember("Marat Ospanov", null, CommissionRole.Member) { IsDeputyChair = true }])).Field);

    [Fact]
    public void The_chair_is_not_their_own_deputy() =>
        Assert.Throws<DomainException>(() => Commission.Establish(
            TestData.Order(),
            [new CommissionMember(Chair, null, CommissionRole.Chair) { IsDeputyChair = true }, new CommissionMember(Secretary, null, CommissionRole.Secretary)]));

    [Fact]
    public void A_member_named_without_a_position_is_accepted() =>
        Assert.Null(new CommissionMember("Yerlan Zhaksylykov", "  ", CommissionRole.Member).Position);
}
