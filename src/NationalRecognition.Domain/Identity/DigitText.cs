using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Identity;

/// <summary>Shared first checks of the 12-digit identifiers.</summary>
internal static class DigitText
{
    public static string RequireTwelveDigits(string? value, string name)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, $"{name} is required.", name);
        }

        if (trimmed.Length != 12)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"{name} must have exactly 12 digits; '{trimmed}' has {trimmed.Length} characters.",
                name);
        }

        if (!trimmed.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorCode.Validation, $"{name} must contain only the digits 0-9.", name);
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
                $"{name} is not a number that can be issued: its check digit cannot be computed (both passes give 10).",
                name);
        }

        if (expected.Value != digits[11] - '0')
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"{name} has a wrong check digit (the 12th digit): check for a typing error.",
                name);
        }
    }
}
