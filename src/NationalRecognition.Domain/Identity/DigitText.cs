using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Identity;

/// <summary>Shared first checks of the 12-digit identifiers.</summary>
internal static class DigitText
{
    public static string RequireTwelveDigits(string? value, string name)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("digitText.nameRequired", ("name", name)), name);
        }

        if (trimmed.Length != 12)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("digitText.nameExactlyDigits", ("name", name), ("trimmed", trimmed), ("length", trimmed.Length)),
                name);
        }

        if (!trimmed.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("digitText.nameContainOnly", ("name", name)), name);
        }

        return trimmed;
    }

    public static int Number(string digits, int start, int length) => int.Parse(digits.AsSpan(start, length), provider: null);

    public static void RequireCheckDigit(string digits, string name)
    {
        var expected = KzCheckDigit.Compute(digits.AsSpan(0, 11));
        if (expected is null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("digitText.nameNumberCan", ("name", name)),
                name);
        }

        if (expected.Value != digits[11] - '0')
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("digitText.nameWrongCheck", ("name", name)),
                name);
        }
    }
}
