using System.Text;

namespace NationalRecognition.ServiceDefaults.Logging;

/// <summary>
/// Masks IIN-shaped numbers in text bound for logs: any run of exactly twelve digits whose first seven could
/// be an IIN (a date of birth and a century/sex digit 1–6) becomes the form <c>Iin.Mask()</c> gives, the first
/// two and last two digits with eight stars between. The check digit is not required, so a mistyped IIN is
/// masked too. BINs are left alone: their fifth digit is 4–6, which is never the tens digit of a day.
/// </summary>
public static class PersonalDataRedactor
{
    private const int Length = 12;

    public static bool ContainsIin(string? text) => text is not null && FindNext(text, 0) >= 0;

    public static string Redact(string text)
    {
        var start = FindNext(text, 0);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (start >= 0)
        {
            builder.Append(text, copied, start - copied)
                .Append(text, start, 2)
                .Append('*', Length - 4)
                .Append(text, start + Length - 2, 2);
            copied = start + Length;
            start = FindNext(text, copied);
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static int FindNext(string text, int from)
    {
        var i = from;
        while (i <= text.Length - Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - i == Length && IsIinShaped(text.AsSpan(i, Length)))
            {
                return i;
            }

            i = end;
        }

        return -1;
    }

    private static bool IsIinShaped(ReadOnlySpan<char> digits)
    {
        var month = ((digits[2] - '0') * 10) + (digits[3] - '0');
        var day = ((digits[4] - '0') * 10) + (digits[5] - '0');
        var century = digits[6] - '0';
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && century is >= 1 and <= 6;
    }
}
