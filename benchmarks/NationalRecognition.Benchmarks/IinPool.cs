using System.Globalization;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// Distinct valid IINs: birth dates from 1 January 2000 onward, century-and-sex digit 5 or 6, four serial digits,
/// and the check digit computed by the Domain's <see cref="KzCheckDigit"/> (numbers with no check digit skipped).
/// Every IIN is parsed back by <see cref="Iin.Parse(string)"/>, so the pool holds only what the platform accepts.
/// </summary>
public static class IinPool
{
    private const int SerialsPerDay = 2 * 10_000;

    public static IEnumerable<string> Generate(int count, int seed = 0)
    {
        var produced = 0;
        for (var n = seed; produced < count; n++)
        {
            var date = new DateOnly(2000, 1, 1).AddDays(n / SerialsPerDay);
            var centuryDigit = (n % SerialsPerDay) < 10_000 ? 5 : 6;
            var serial = n % 10_000;
            var eleven = string.Create(CultureInfo.InvariantCulture, $"{date:yyMMdd}{centuryDigit}{serial:D4}");
            if (KzCheckDigit.Compute(eleven) is not { } check)
            {
                continue;
            }

            var iin = Iin.Parse(eleven + check.ToString(CultureInfo.InvariantCulture)).Value;
            produced++;
            yield return iin;
        }
    }
}
