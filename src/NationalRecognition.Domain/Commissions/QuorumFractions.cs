namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// Reads a stored decimal quorum as the simple fraction its regulation meant, for the migration to exact fractions:
/// 0.67, 0.667 and 0.6667 are two thirds written to 2, 3 and 4 places; 0.33 is one third; 0.75 is three quarters.
/// </summary>
public static class QuorumFractions
{
    /// <summary>The largest denominator a regulation's quorum is read with (halves to tenths).</summary>
    public const int MaxDenominator = 10;

    /// <summary>Decimals written to fewer places are read only as exact fractions.</summary>
    private const int MinimumApproximatePlaces = 2;

    /// <summary>
    /// The fraction with the smallest denominator (1 … <see cref="MaxDenominator"/>) equal to the decimal; else, for a
    /// decimal of two or more places, the one whose value rounded to those places is the decimal (one place is too
    /// coarse: 0.8 is four fifths, not three quarters); null when none is (the decimal then stays as stored).
    /// </summary>
    public static (int Numerator, int Denominator)? SimpleFractionOf(decimal stored)
    {
        if (stored <= 0m || stored > 1m)
        {
            return null;
        }

        var places = PlacesOf(stored);
        return Nearest(stored, exact: true, places) ?? (places >= MinimumApproximatePlaces ? Nearest(stored, exact: false, places) : null);
    }

    private static (int Numerator, int Denominator)? Nearest(decimal stored, bool exact, int places)
    {
        for (var denominator = 1; denominator <= MaxDenominator; denominator++)
        {
            var numerator = (int)decimal.Round(stored * denominator, MidpointRounding.AwayFromZero);
            var value = (decimal)numerator / denominator;
            if (numerator > 0 && (exact ? value == stored : decimal.Round(value, places, MidpointRounding.AwayFromZero) == stored))
            {
                return (numerator, denominator);
            }
        }

        return null;
    }

    /// <summary>The quorum a stored one becomes: an exact fraction where its decimal approximates one, else unchanged.</summary>
    public static Quorum Migrate(Quorum stored) =>
        stored.Kind == QuorumKind.AtLeastFraction && !stored.IsExactFraction && SimpleFractionOf(stored.Value) is var (numerator, denominator)
            ? Quorum.AtLeastFraction(numerator, denominator)
            : stored;

    /// <summary>Decimal places as written, trailing zeros ignored (0.670 is written to 2 places).</summary>
    private static int PlacesOf(decimal value)
    {
        var normalised = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
    }
}
