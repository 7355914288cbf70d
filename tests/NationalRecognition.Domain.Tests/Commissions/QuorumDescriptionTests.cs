using NationalRecognition.Domain.Commissions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

/// <summary>A quorum says what it requires, as the refusal of a protocol quotes it.</summary>
public sealed class QuorumDescriptionTests
{
    [Fact]
    public void A_count_describes_the_members_it_requires() =>
        Assert.Equal("at least 3 members present", Quorum.AtLeast(3).Describe());

    [Fact]
    public void A_decimal_fraction_describes_itself_as_stored() =>
        Assert.Equal("at least 0.6 of the members present", Quorum.AtLeastFraction(0.6m).Describe());

    [Fact]
    public void The_default_describes_more_than_half() =>
        Assert.Equal("more than half of the members present", Quorum.MoreThanHalf.Describe());
}
