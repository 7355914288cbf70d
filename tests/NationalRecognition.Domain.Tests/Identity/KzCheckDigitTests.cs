using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Identity;

public sealed class KzCheckDigitTests
{
    [Fact]
    public void First_pass_gives_the_check_digit_when_it_is_not_10() => Assert.Equal(7, KzCheckDigit.Compute("90010130000"));

    [Fact]
    public void Second_pass_is_used_when_the_first_gives_10() => Assert.Equal(1, KzCheckDigit.Compute("90010130081"));

    [Fact]
    public void Number_is_never_issued_when_both_passes_give_10() => Assert.Null(KzCheckDigit.Compute("90010130080"));

    [Theory]
    [InlineData("900101300007", true)]
    [InlineData("900101300811", true)]
    [InlineData("900101300801", false)]
    [InlineData("900101300008", false)]
    [InlineData("90010130000", false)]
    [InlineData("90010130000A", false)]
    [InlineData(null, false)]
    public void IsValid_accepts_only_twelve_digits_with_the_right_check_digit(string? number, bool valid) =>
        Assert.Equal(valid, KzCheckDigit.IsValid(number));
}
