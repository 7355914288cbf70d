using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Identity;

public sealed class FutureDatesTests
{
    // Born 2025-06-01 (century digit 5), a valid check digit: valid as a number, but only from that day on.
    private const string BornJune2025 = "250601500001";

    [Fact]
    public void Iin_born_after_today_is_refused() =>
        Assert.Contains("future", Assert.Throws<DomainException>(() => Iin.Parse(ValidIin(), new DateOnly(2025, 5, 31))).Message, StringComparison.Ordinal);

    [Fact]
    public void Iin_born_today_is_accepted() =>
        Assert.Equal(new DateOnly(2025, 6, 1), Iin.Parse(ValidIin(), new DateOnly(2025, 6, 1)).BirthDate);

    [Fact]
    public void Bin_registered_in_a_later_month_is_refused() =>
        Assert.Throws<DomainException>(() => Bin.Parse("230440000129", new DateOnly(2023, 3, 31)));

    [Fact]
    public void Bin_registered_this_month_is_accepted() =>
        Assert.Equal(4, Bin.Parse("230440000129", new DateOnly(2023, 4, 1)).RegistrationMonth);

    private static string ValidIin()
    {
        for (var serial = 0; serial < 10000; serial++)
        {
            var eleven = BornJune2025[..7] + serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            if (KzCheckDigit.Compute(eleven) is { } check)
            {
                return eleven + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No valid IIN for the date.");
    }
}
