using NationalRecognition.Domain.Comparison;
using Xunit;

namespace NationalRecognition.Domain.Tests.Comparison;

public sealed class CoverageTests
{
    [Fact]
    public void Coverage_of_no_outcomes_is_none_of_them() =>
        Assert.Equal(0m, new Coverage([], []).Fraction);

    [Fact]
    public void Coverage_of_no_outcomes_is_not_complete() =>
        Assert.False(new Coverage([], []).IsComplete);

    [Fact]
    public void Coverage_is_the_share_of_the_outcomes_covered() =>
        Assert.Equal(0.5m, new Coverage(["ML1"], ["ML2"]).Fraction);
}
