using NationalRecognition.Domain.Commissions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

public sealed class QuorumFractionsTests
{
    [Theory]
    [InlineData(0.67, 2, 3)]
    [InlineData(0.667, 2, 3)]
    [InlineData(0.6667, 2, 3)]
    [InlineData(0.33, 1, 3)]
    [InlineData(0.333, 1, 3)]
    [InlineData(0.3333, 1, 3)]
    [InlineData(0.75, 3, 4)]
    [InlineData(0.5, 1, 2)]
    [InlineData(0.6, 3, 5)]
    [InlineData(0.8, 4, 5)]
    [InlineData(0.1, 1, 10)]
    [InlineData(1, 1, 1)]
    public void A_stored_decimal_is_read_as_the_simple_fraction_it_approximates(decimal stored, int numerator, int denominator) =>
        Assert.Equal((numerator, denominator), QuorumFractions.SimpleFractionOf(stored));

    [Fact]
    public void Trailing_zeros_of_a_stored_decimal_do_not_change_its_reading() =>
        Assert.Equal((2, 3), QuorumFractions.SimpleFractionOf(0.6700m));

    [Theory]
    [InlineData(0.51)]
    [InlineData(0.66)]
    [InlineData(0.6666)]
    [InlineData(0.05)]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void A_decimal_that_is_no_simple_fraction_is_left_as_stored(decimal stored) =>
        Assert.Null(QuorumFractions.SimpleFractionOf(stored));

    [Fact]
    public void A_decimal_quorum_is_migrated_to_its_exact_fraction()
    {
        var migrated = QuorumFractions.Migrate(Quorum.AtLeastFraction(0.67m));

        Assert.Equal((true, 2, 3), (migrated.IsExactFraction, migrated.Numerator, migrated.Denominator));
    }

    [Fact]
    public void A_decimal_quorum_no_fraction_approximates_is_kept() =>
        Assert.Same(Quorum.AtLeastFraction(0.51m) is var q ? q : null, QuorumFractions.Migrate(q));

    [Fact]
    public void A_count_or_more_than_half_is_not_migrated()
    {
        var count = Quorum.AtLeast(3);

        Assert.Same(count, QuorumFractions.Migrate(count));
        Assert.Same(Quorum.MoreThanHalf, QuorumFractions.Migrate(Quorum.MoreThanHalf));
    }

    [Fact]
    public void An_exact_fraction_is_not_migrated_again()
    {
        var exact = Quorum.AtLeastFraction(2, 3);

        Assert.Same(exact, QuorumFractions.Migrate(exact));
    }
}
