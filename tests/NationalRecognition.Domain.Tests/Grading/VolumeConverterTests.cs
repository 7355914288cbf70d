using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Institutions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

public sealed class VolumeConverterTests
{
    [Theory]
    [InlineData(InstitutionKind.Higher, 30)]
    [InlineData(InstitutionKind.Postgraduate, 30)]
    [InlineData(InstitutionKind.Tvet, 24)]
    [InlineData(InstitutionKind.PostSecondary, 24)]
    public void Default_ratio_is_30_hours_in_higher_education_and_24_in_tvet(InstitutionKind level, decimal hours) =>
        Assert.Equal(hours, CreditHourRatio.Default.HoursPerCredit(level));

    [Fact]
    public void Ninety_hours_are_3_credits_in_a_university_and_3_75_in_a_college()
    {
        Assert.Equal(3m, VolumeConverter.HoursToCredits(90, InstitutionKind.Higher, CreditHourRatio.Default));
        Assert.Equal(3.75m, VolumeConverter.HoursToCredits(90, InstitutionKind.Tvet, CreditHourRatio.Default));
    }

    [Fact]
    public void Credits_convert_back_to_hours() =>
        Assert.Equal(150m, VolumeConverter.CreditsToHours(5, InstitutionKind.Higher, CreditHourRatio.Default));

    [Fact]
    public void Institution_may_set_its_own_ratio()
    {
        var ratio = CreditHourRatio.Default with { Tvet = 36 };

        Assert.Equal(2m, VolumeConverter.HoursToCredits(72, InstitutionKind.Tvet, ratio));
        Assert.Equal(24m, CreditHourRatio.Default.Tvet);
    }

    [Fact]
    public void Stated_credits_win_over_stated_hours() =>
        Assert.Equal(5m, VolumeConverter.ToCredits(new Volume(5, 60), InstitutionKind.Higher, CreditHourRatio.Default));

    [Fact]
    public void Hours_only_volume_is_converted_at_the_levels_ratio() =>
        Assert.Equal(2m, VolumeConverter.ToCredits(Volume.OfHours(60), InstitutionKind.Higher, CreditHourRatio.Default));

    [Fact]
    public void Non_positive_ratio_is_refused() =>
        Assert.Throws<DomainException>(() => VolumeConverter.HoursToCredits(60, InstitutionKind.Higher, CreditHourRatio.Default with { Higher = 0 }));
}
