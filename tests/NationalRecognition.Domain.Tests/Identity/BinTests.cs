using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Identity;

public sealed class BinTests
{
    [Theory]
    [InlineData("230440000129", 2023, 4)]
    [InlineData("150140001239", 2015, 1)]
    public void Valid_bin_exposes_registration_year_and_month(string value, int year, int month)
    {
        var bin = Bin.Parse(value);

        Assert.Equal(value, bin.Value);
        Assert.Equal(year, bin.RegistrationYear);
        Assert.Equal(month, bin.RegistrationMonth);
        Assert.Equal(BinEntityType.ResidentLegalEntity, bin.EntityType);
        Assert.Equal(BinSubType.HeadOrganisation, bin.SubType);
    }

    [Fact]
    public void Bin_with_wrong_check_digit_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Bin.Parse("230440000128"));

        Assert.Equal("BIN", ex.Field);
        Assert.Contains("check digit", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("231340000129")]
    [InlineData("230040000129")]
    public void Bin_with_impossible_registration_month_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => Bin.Parse(value));

        Assert.Contains("registration month", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("230430000129")]
    [InlineData("230470000129")]
    public void Bin_with_entity_type_digit_other_than_4_5_6_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => Bin.Parse(value));

        Assert.Contains("entity type digit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bin_with_sub_type_digit_above_3_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Bin.Parse("230444000129"));

        Assert.Contains("sub-type digit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bin_of_wrong_length_is_refused() =>
        Assert.Contains("exactly 12 digits", Assert.Throws<DomainException>(() => Bin.Parse("2304400001")).Message, StringComparison.Ordinal);

    [Fact]
    public void TryParse_reports_the_reason_instead_of_throwing()
    {
        Assert.False(Bin.TryParse("230440000128", out _, out var error));
        Assert.Contains("check digit", error, StringComparison.Ordinal);
        Assert.True(Bin.TryParse("150140001239", out var bin, out _));
        Assert.Equal(2015, bin.RegistrationYear);
    }
}
