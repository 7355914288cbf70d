using System.Globalization;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Testing;

/// <summary>Fresh, valid IINs and BINs for every test, so tests sharing a cluster never share a grain.</summary>
public static class TestIdentities
{
    private static int _serial = Random.Shared.Next(1, 5000);

    /// <summary>A learner born 2001-05-17, male (century digit 5), with a unique serial.</summary>
    public static string NewIin() => WithCheckDigit("010517" + "5");

    /// <summary>A resident head organisation registered in April 2023, with a unique serial.</summary>
    public static string NewBin() => WithCheckDigit("2304" + "4" + "0");

    private static string WithCheckDigit(string prefix)
    {
        while (true)
        {
            var serialDigits = 11 - prefix.Length;
            var serial = Interlocked.Increment(ref _serial) % (int)Math.Pow(10, serialDigits);
            var eleven = prefix + serial.ToString(CultureInfo.InvariantCulture).PadLeft(serialDigits, '0');
            if (KzCheckDigit.Compute(eleven) is { } check)
            {
                return eleven + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
