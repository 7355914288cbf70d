using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Identity;

public sealed class IinTests
{
    [Fact]
    public void Iin_valid_on_first_pass_is_accepted_with_birth_date_and_sex()
    {
        var iin = Iin.Parse("900101300007");

        Assert.Equal("900101300007", iin.Value);
        Assert.Equal(new DateOnly(1990, 1, 1), iin.BirthDate);
        Assert.Equal(Sex.Male, iin.Sex);
        Assert.Equal("900101300007", iin.ToString());
    }

    [Fact]
    public void Iin_valid_on_second_pass_is_accepted() => Assert.Equal("900101300811", Iin.Parse("900101300811").Value);

    [Theory]
    [InlineData("050315601237", 2005, 3, 15, Sex.Female)]
    [InlineData("881231405553", 1988, 12, 31, Sex.Female)]
    [InlineData("000229500018", 2000, 2, 29, Sex.Male)]
    [InlineData("191213200011", 1819, 12, 13, Sex.Female)]
    public void Century_and_sex_come_from_the_seventh_digit(string value, int year, int month, int day, Sex sex)
    {
        var iin = Iin.Parse(value);

        Assert.Equal(new DateOnly(year, month, day), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
    }

    [Fact]
    public void Surrounding_spaces_are_ignored() => Assert.Equal("900101300007", Iin.Parse("  900101300007 ").Value);

    [Fact]
    public void Iin_with_wrong_check_digit_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse("900101300008"));

        Assert.Equal(DomainErrorCode.Validation, ex.Code);
        Assert.Equal("IIN", ex.Field);
        Assert.Contains("check digit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Iin_whose_check_digit_cannot_be_computed_is_refused_as_never_issued()
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse("900101300801"));

        Assert.Contains("both passes give 10", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90010130000")]
    [InlineData("9001013000071")]
    public void Iin_of_wrong_length_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse(value));

        Assert.Contains("exactly 12 digits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Iin_with_non_digits_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse("90010130000X"));

        Assert.Contains("only the digits", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("901301300007")]
    [InlineData("990229500012")]
    [InlineData("900100300007")]
    public void Iin_with_impossible_birth_date_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse(value));

        Assert.Contains("date of birth", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("900101000007")]
    [InlineData("900101700007")]
    public void Iin_with_century_digit_outside_1_to_6_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => Iin.Parse(value));

        Assert.Contains("century/sex digit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_reports_the_reason_instead_of_throwing()
    {
        Assert.False(Iin.TryParse("900101300008", out var iin, out var error));
        Assert.Equal(default, iin);
        Assert.Contains("check digit", error, StringComparison.Ordinal);

        Assert.True(Iin.TryParse("900101300007", out iin, out error));
        Assert.Null(error);
        Assert.Equal("900101300007", iin.Value);
    }

    [Fact]
    public void TryParse_of_null_is_refused_without_throwing() => Assert.False(Iin.TryParse(null, out _, out _));

    [Fact]
    public void Masked_form_for_logs_keeps_only_the_first_two_and_last_two_digits() =>
        Assert.Equal("90********07", Iin.Parse("900101300007").Mask());

    [Fact]
    public void Equal_numbers_are_equal_values() => Assert.Equal(Iin.Parse("900101300007"), Iin.Parse(" 900101300007"));
}
