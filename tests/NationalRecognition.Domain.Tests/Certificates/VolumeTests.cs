using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

public sealed class VolumeTests
{
    [Fact]
    public void Volume_needs_credits_or_hours_citing_clause_10()
    {
        var ex = Assert.Throws<DomainException>(() => new Volume(null, null));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("10", ex.Clause);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    [InlineData(null, 0)]
    [InlineData(3, -4)]
    public void Volume_must_be_positive(int? credits, int? hours) =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => new Volume(credits, hours)).Code);

    [Fact]
    public void Volume_may_give_both_credits_and_hours()
    {
        var volume = new Volume(5, 150);

        Assert.Equal(5, volume.Credits);
        Assert.Equal(150, volume.Hours);
    }
}
