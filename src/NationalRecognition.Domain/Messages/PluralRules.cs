namespace NationalRecognition.Domain.Messages;

/// <summary>
/// Which plural form a number takes (the CLDR categories): Russian has one (1, 21, 101), few (2–4, 22–24) and many
/// (0, 5–20, 25) for whole numbers and other for fractions; English has one (1) and other; a Kazakh noun after a
/// numeral stays singular, so Kazakh needs other only (one is 1 as in English).
/// </summary>
public static class PluralRules
{
    public const string One = "one";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>The forms a plural of <paramref name="language"/> must give.</summary>
    public static IReadOnlyList<string> Required(string language) => language switch
    {
        MessageLanguages.Russian => [One, Few, Many, Other],
        MessageLanguages.English => [One, Other],
        _ => [Other],
    };

    /// <summary>The category of <paramref name="number"/> in <paramref name="language"/>.</summary>
    public static string Category(string language, decimal number)
    {
        var whole = decimal.Truncate(number) == number;
        if (language != MessageLanguages.Russian)
        {
            return number == 1 ? One : Other;
        }

        if (!whole)
        {
            return Other;
        }

        var lastTwo = decimal.ToInt64(decimal.Abs(number) % 100);
        var last = lastTwo % 10;
        if (last == 1 && lastTwo != 11)
        {
            return One;
        }

        return last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? Few : Many;
    }
}
