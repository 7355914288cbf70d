using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

public sealed class ExactQuorumTests
{
    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    [InlineData(9, 6)]
    public void Two_thirds_is_present_times_three_at_least_two_times_the_members(int members, int required) =>
        Assert.Equal(required, Quorum.AtLeastFraction(2, 3).RequiredOf(members));

    [Theory]
    [InlineData(0.67)]
    [InlineData(0.667)]
    [InlineData(0.6667)]
    public void A_decimal_two_thirds_of_three_members_demands_all_three_which_the_exact_fraction_does_not(decimal stored)
    {
        Assert.Equal(3, Quorum.AtLeastFraction(stored).RequiredOf(3));
        Assert.Equal(2, Quorum.AtLeastFraction(2, 3).RequiredOf(3));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(1, 3)]
    [InlineData(5, 7)]
    [InlineData(3, 4)]
    public void The_decimal_kept_beside_an_exact_fraction_counts_the_same_members_for_a_reader_of_the_decimal_alone(int numerator, int denominator)
    {
        var exact = Quorum.AtLeastFraction(numerator, denominator);
        var asDecimal = Quorum.AtLeastFraction(exact.Value);

        Assert.All(Enumerable.Range(2, 59), members => Assert.Equal(exact.RequiredOf(members), asDecimal.RequiredOf(members)));
        Assert.True(exact.Value * denominator <= numerator);
    }

    [Fact]
    public void The_whole_as_a_fraction_needs_every_member() =>
        Assert.Equal(5, Quorum.AtLeastFraction(1, 1).RequiredOf(5));

    [Fact]
    public void An_exact_fraction_never_lets_one_member_decide_alone() =>
        Assert.Equal(Quorum.CollegialMinimum, Quorum.AtLeastFraction(1, 3).RequiredOf(2));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(-1, 3)]
    [InlineData(1, 0)]
    [InlineData(1, -2)]
    [InlineData(4, 3)]
    public void Fraction_that_is_not_a_quorum_is_refused(int numerator, int denominator)
    {
        var ex = Assert.Throws<DomainException>(() => Quorum.AtLeastFraction(numerator, denominator));

        Assert.Equal(("Regulation.Quorum", "22", DomainErrorCode.Validation), (ex.Field, ex.Clause, ex.Code));
    }

    [Fact]
    public void An_exact_fraction_keeps_its_numerator_and_denominator_and_its_kind()
    {
        var quorum = Quorum.AtLeastFraction(3, 4);

        Assert.Equal((QuorumKind.AtLeastFraction, 3, 4, 0.75m, true), (quorum.Kind, quorum.Numerator, quorum.Denominator, quorum.Value, quorum.IsExactFraction));
    }

    [Fact]
    public void A_decimal_fraction_is_not_an_exact_one() =>
        Assert.Equal((0, 0, false), (Quorum.AtLeastFraction(0.5m).Numerator, Quorum.AtLeastFraction(0.5m).Denominator, Quorum.AtLeastFraction(0.5m).IsExactFraction));

    [Fact]
    public void An_exact_fraction_describes_itself_as_written() =>
        Assert.Equal("at least 2/3 of the members present", Quorum.AtLeastFraction(2, 3).Describe());

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(3, 1, false)]
    [InlineData(6, 4, true)]
    [InlineData(6, 3, false)]
    public void Present_members_meet_the_quorum_when_present_times_denominator_reaches_numerator_times_members(int members, int present, bool met) =>
        Assert.Equal(met, Quorum.AtLeastFraction(2, 3).IsMetBy(present, members));

    [Fact]
    public void A_composition_of_three_with_a_two_thirds_quorum_decides_with_two_present()
    {
        var members = new[]
        {
            new CommissionMember("Dana Ermekova", "Vice-rector", CommissionRole.Chair),
            new CommissionMember("Arman Bekov", null, CommissionRole.Secretary),
            new CommissionMember("Gulnara Tulegenova", "Professor", CommissionRole.Member),
        };
        var commission = Commission.Establish(TestData.Order(), members, new CommissionRegulation(Quorum.AtLeastFraction(2, 3), CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false));

        Assert.Equal(2, commission.LatestComposition.Regulation.Quorum.RequiredOf(commission.LatestComposition.Members.Count));
    }
}
