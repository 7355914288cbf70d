namespace NationalRecognition.Domain.Identity;

/// <summary>
/// The check digit shared by IIN and BIN: weights 1…11 over the first eleven digits, sum mod 11; when that is 10,
/// a second pass with weights 3…11,1,2; when the second pass is also 10 the number was never issued.
/// </summary>
public static class KzCheckDigit
{
    private static readonly int[] FirstPassWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondPassWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>The check digit for the first eleven digits, or null when both passes give 10 (never issued).</summary>
    public static int? Compute(ReadOnlySpan<char> firstElevenDigits)
    {
        if (firstElevenDigits.Length != 11)
        {
            throw new ArgumentException("Exactly eleven digits are needed.", nameof(firstElevenDigits));
        }

        foreach (var c in firstElevenDigits)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException("Only the digits 0-9 are allowed.", nameof(firstElevenDigits));
            }
        }

        var first = WeightedSum(firstElevenDigits, FirstPassWeights) % 11;
        if (first != 10)
        {
            return first;
        }

        var second = WeightedSum(firstElevenDigits, SecondPassWeights) % 11;
        return second == 10 ? null : second;
    }

    /// <summary>True when a 12-digit number carries the right check digit.</summary>
    public static bool IsValid(string? twelveDigits)
    {
        if (twelveDigits is null || twelveDigits.Length != 12 || !twelveDigits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var expected = Compute(twelveDigits.AsSpan(0, 11));
        return expected is not null && expected.Value == twelveDigits[11] - '0';
    }

    private static int WeightedSum(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum;
    }
}
