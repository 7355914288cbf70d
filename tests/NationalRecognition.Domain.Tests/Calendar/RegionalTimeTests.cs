using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Institutions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Calendar;

public sealed class RegionalTimeTests
{
    /// <summary>23:30 on 1 June 2023 at UTC+5, 00:30 on 2 June at UTC+6.</summary>
    private static readonly DateTimeOffset Evening2023 = new(2023, 6, 1, 18, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Region.Atyrau)]
    [InlineData(Region.Aktobe)]
    [InlineData(Region.WestKazakhstan)]
    [InlineData(Region.Mangystau)]
    [InlineData(Region.Kyzylorda)]
    public void Before_march_2024_the_western_regions_were_on_utc_plus_5(Region region)
    {
        Assert.Equal(TimeSpan.FromHours(5), RegionalTime.OffsetAt(Evening2023, region));
        Assert.Equal(new DateOnly(2023, 6, 1), RegionalTime.DateOf(Evening2023, region));
    }

    [Theory]
    [InlineData(Region.AlmatyCity)]
    [InlineData(Region.AstanaCity)]
    [InlineData(Region.Karaganda)]
    [InlineData(Region.Kostanay)]
    public void Before_march_2024_the_rest_of_the_country_was_on_utc_plus_6(Region region) =>
        Assert.Equal(new DateOnly(2023, 6, 2), RegionalTime.DateOf(Evening2023, region));

    [Theory]
    [InlineData(Region.Atyrau)]
    [InlineData(Region.AlmatyCity)]
    public void Since_march_2024_every_region_is_on_utc_plus_5(Region region) =>
        Assert.Equal(TimeSpan.FromHours(5), RegionalTime.OffsetAt(new DateTimeOffset(2025, 6, 1, 18, 30, 0, TimeSpan.Zero), region));

    [Fact]
    public void Kyzylorda_moved_to_utc_plus_5_only_in_december_2018() =>
        Assert.Equal(TimeSpan.FromHours(6), RegionalTime.OffsetAt(new DateTimeOffset(2017, 6, 1, 0, 0, 0, TimeSpan.Zero), Region.Kyzylorda));

    [Fact]
    public void Each_western_region_is_read_through_its_own_zone() =>
        Assert.Equal(
            ["Asia/Aqtobe", "Asia/Atyrau", "Asia/Oral", "Asia/Aqtau", "Asia/Qyzylorda", "Asia/Qostanay", "Asia/Almaty"],
            new[] { Region.Aktobe, Region.Atyrau, Region.WestKazakhstan, Region.Mangystau, Region.Kyzylorda, Region.Kostanay, Region.Pavlodar }.Select(RegionalTime.ZoneIdOf));
}
