using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

public static class Letters
{
    /// <summary>Reads "A", "a", "A-", "A−" (minus sign), "A–" (dash), "B+", "FX", "Fx"…</summary>
    public static bool TryParse(string? text, out Letter letter)
    {
        letter = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = text.Trim().ToUpperInvariant()
            .Replace('\u2212', '-')
            .Replace('\u2013', '-')
            .Replace('\u2010', '-')
            .Replace(" ", string.Empty, StringComparison.Ordinal);

        Letter? parsed = normalised switch
        {
            "A" => Letter.A,
            "A-" => Letter.AMinus,
            "B+" => Letter.BPlus,
            "B" => Letter.B,
            "B-" => Letter.BMinus,
            "C+" => Letter.CPlus,
            "C" => Letter.C,
            "C-" => Letter.CMinus,
            "D+" => Letter.DPlus,
            "D" => Letter.D,
            "FX" => Letter.FX,
            "F" => Letter.F,
            _ => null,
        };

        if (parsed is null)
        {
            return false;
        }

        letter = parsed.Value;
        return true;
    }

    public static Letter Parse(string text, string field = "Grade") =>
        TryParse(text, out var letter)
            ? letter
            : throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("letters.textLetterGrade", ("text", text)),
                field);

    /// <summary>The usual printed form, with an ASCII hyphen for minus.</summary>
    public static string Display(Letter letter) => letter switch
    {
        Letter.A => "A",
        Letter.AMinus => "A-",
        Letter.BPlus => "B+",
        Letter.B => "B",
        Letter.BMinus => "B-",
        Letter.CPlus => "C+",
        Letter.C => "C",
        Letter.CMinus => "C-",
        Letter.DPlus => "D+",
        Letter.D => "D",
        Letter.FX => "FX",
        Letter.F => "F",
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Unknown letter."),
    };

    /// <summary>FX and F are failing letters (FX allows a resit); every other letter passes.</summary>
    public static bool IsPassing(Letter letter) => letter is not (Letter.FX or Letter.F);
}
