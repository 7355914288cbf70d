using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

public sealed class CommissionTests
{
    [Fact]
    public void Commission_established_by_the_heads_order_has_its_chair()
    {
        var commission = TestData.Commission();

        Assert.Equal("Dana Nurlanovna Ermekova", commission.LatestComposition.Chair.Name);
        Assert.Single(commission.History);
        Assert.Equal(new DateOnly(2025, 2, 3), commission.EstablishedOn);
    }

    [Fact]
    public void Commission_exists_from_the_date_of_its_order_and_not_before()
    {
        var commission = TestData.Commission();

        Assert.False(commission.ExistsOn(new DateOnly(2025, 2, 2)));
        Assert.True(commission.ExistsOn(new DateOnly(2025, 2, 3)));
    }

    [Fact]
    public void Order_signed_by_the_acting_head_establishes_a_commission() =>
        Assert.Equal(
            SignatoryCapacity.ActingHead,
            Commission.Establish(new CommissionOrder("12", new DateOnly(2025, 1, 10), "A. Acting", SignatoryCapacity.ActingHead), TestData.Members())
                .LatestComposition.Order.SignatoryCapacity);

    [Theory]
    [InlineData("", "Order.Number")]
    [InlineData(" ", "Order.Number")]
    public void Order_number_is_required_citing_clause_11(string number, string field)
    {
        var ex = Assert.Throws<DomainException>(() => new CommissionOrder(number, new DateOnly(2025, 1, 10), "S. Head", SignatoryCapacity.FirstHead));

        Assert.Equal(field, ex.Field);
        Assert.Equal("11", ex.Clause);
    }

    [Fact]
    public void Order_signatory_is_required() =>
        Assert.Equal("Order.SignatoryName", Assert.Throws<DomainException>(() => new CommissionOrder("1", new DateOnly(2025, 1, 10), "", SignatoryCapacity.FirstHead)).Field);

    [Fact]
    public void Order_date_is_required() =>
        Assert.Equal("Order.Date", Assert.Throws<DomainException>(() => new CommissionOrder("1", default, "S. Head", SignatoryCapacity.FirstHead)).Field);

    [Fact]
    public void Composition_without_a_chair_is_refused()
    {
        var members = TestData.Members().Where(m => m.Role != CommissionRole.Chair);

        var ex = Assert.Throws<DomainException>(() => Commission.Establish(TestData.Order(), members));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Contains("exactly one chair", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composition_with_two_chairs_is_refused() =>
        Assert.Throws<DomainException>(() => Commission.Establish(
            TestData.Order(),
            [.. TestData.Members(), new CommissionMember("Second Chair", "Dean", CommissionRole.Chair)]));

    [Fact]
    public void Same_person_listed_twice_is_refused() =>
        Assert.Contains(
            "more than once",
            Assert.Throws<DomainException>(() => Commission.Establish(
                TestData.Order(),
                [.. TestData.Members(), new CommissionMember("arman  BEKOV", "Lecturer", CommissionRole.Member)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Chair_alone_cannot_be_a_commission_that_reaches_a_quorum()
    {
        var ex = Assert.Throws<DomainException>(() => Commission.Establish(TestData.Order(), [new CommissionMember("Solo Chair", "Director", CommissionRole.Chair)]));

        Assert.Equal(("Regulation.Quorum", "22"), (ex.Field, ex.Clause));
    }

    [Fact]
    public void Composition_is_free_a_chair_and_one_member_are_enough() =>
        Assert.Equal(2, Commission.Establish(TestData.Order(), [new CommissionMember("Chair", "Director", CommissionRole.Chair), new CommissionMember("Member", "Dean", CommissionRole.Member)]).LatestComposition.Members.Count);

    [Fact]
    public void Regulation_with_a_quorum_larger_than_the_composition_is_refused() =>
        Assert.Equal("Regulation.Quorum", Assert.Throws<DomainException>(() =>
            Commission.Establish(TestData.Order(), TestData.Members(), new CommissionRegulation(Quorum.AtLeast(5), CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false))).Field);

    [Fact]
    public void Regulation_signed_by_a_role_the_composition_lacks_is_refused() =>
        Assert.Equal("Regulation.SignedBy", Assert.Throws<DomainException>(() =>
            Commission.Establish(
                TestData.Order(),
                [new CommissionMember("Chair", "Director", CommissionRole.Chair), new CommissionMember("Member", "Dean", CommissionRole.Member)],
                new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Chair, CommissionRole.Secretary, votesRecorded: false))).Field);

    [Theory]
    [InlineData(QuorumKind.AtLeastCount, 1)]
    [InlineData(QuorumKind.AtLeastCount, 2.5)]
    [InlineData(QuorumKind.AtLeastFraction, 0)]
    [InlineData(QuorumKind.AtLeastFraction, 1.5)]
    public void Quorum_that_is_not_a_quorum_is_refused(QuorumKind kind, decimal value) =>
        Assert.Equal("Regulation.Quorum", Assert.Throws<DomainException>(() => Quorum.Of(kind, value)).Field);

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    public void More_than_half_is_counted_in_whole_members(int members, int required) =>
        Assert.Equal(required, Quorum.MoreThanHalf.RequiredOf(members));

    [Fact]
    public void Fraction_quorum_rounds_up_to_whole_members() =>
        Assert.Equal(3, Quorum.AtLeastFraction(0.5m).RequiredOf(5));

    [Fact]
    public void Same_platform_identity_for_two_members_is_refused() =>
        Assert.Throws<DomainException>(() => Commission.Establish(
            TestData.Order(),
            [new CommissionMember("Chair", "Director", CommissionRole.Chair, "sub-1"), new CommissionMember("Member", "Dean", CommissionRole.Member, "sub-1")]));

    [Fact]
    public void Reconstitution_dated_in_the_future_is_not_in_force_today()
    {
        var commission = TestData.Commission().Reconstitute(
            TestData.Order("77-P", 2025, 6, 1),
            [new CommissionMember("Marat Ospanov", "Dean", CommissionRole.Chair), new CommissionMember("Arman Bekov", "Registrar", CommissionRole.Secretary)]);

        Assert.Equal("Dana Nurlanovna Ermekova", commission.InForceOn(new DateOnly(2025, 5, 31))!.Chair.Name);
        Assert.Null(commission.InForceOn(new DateOnly(2025, 2, 2)));
    }

    [Fact]
    public void Reconstitution_by_a_new_order_keeps_the_history()
    {
        var original = TestData.Commission();
        var newChair = new CommissionMember("Marat Ospanov", "Dean", CommissionRole.Chair);

        var reconstituted = original.Reconstitute(TestData.Order("77-P", 2025, 6, 1), [newChair, new CommissionMember("Arman Bekov", "Registrar", CommissionRole.Secretary)]);

        Assert.Equal(2, reconstituted.History.Count);
        Assert.Equal("Marat Ospanov", reconstituted.LatestComposition.Chair.Name);
        Assert.Equal("Dana Nurlanovna Ermekova", original.LatestComposition.Chair.Name);
        Assert.Equal("Dana Nurlanovna Ermekova", reconstituted.CompositionOn(new DateOnly(2025, 5, 31)).Chair.Name);
        Assert.Equal("Marat Ospanov", reconstituted.CompositionOn(new DateOnly(2025, 6, 1)).Chair.Name);
    }

    [Fact]
    public void Reconstitution_order_dated_before_the_current_order_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => TestData.Commission().Reconstitute(TestData.Order("77-P", 2025, 2, 2), TestData.Members()));

        Assert.Equal(DomainErrorCode.Conflict, ex.Code);
        Assert.Equal("Order.Date", ex.Field);
    }

    [Fact]
    public void Reconstitution_on_the_same_day_with_a_new_number_is_allowed() =>
        Assert.Equal(2, TestData.Commission().Reconstitute(TestData.Order("46-P", 2025, 2, 3), TestData.Members()).History.Count);

    [Fact]
    public void Reconstitution_reusing_an_order_number_is_refused() =>
        Assert.Equal(
            "Order.Number",
            Assert.Throws<DomainException>(() => TestData.Commission().Reconstitute(TestData.Order("45-p", 2025, 6, 1), TestData.Members())).Field);

    [Fact]
    public void Composition_before_the_commission_existed_is_refused() =>
        Assert.Equal(DomainErrorCode.RuleViolation, Assert.Throws<DomainException>(() => TestData.Commission().CompositionOn(new DateOnly(2024, 12, 31))).Code);

    [Fact]
    public void Commission_rebuilt_from_its_history_equals_the_original()
    {
        var commission = TestData.Commission().Reconstitute(TestData.Order("77-P", 2025, 6, 1), TestData.Members());

        var rebuilt = Commission.FromHistory(commission.History);

        Assert.Equal(commission.History, rebuilt.History);
    }

    [Fact]
    public void History_out_of_order_is_refused_when_rebuilding()
    {
        var commission = TestData.Commission().Reconstitute(TestData.Order("77-P", 2025, 6, 1), TestData.Members());

        Assert.Throws<DomainException>(() => Commission.FromHistory(commission.History.Reverse()));
    }
}
