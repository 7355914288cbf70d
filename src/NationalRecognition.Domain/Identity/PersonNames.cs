using System.Globalization;
using System.Text;

namespace NationalRecognition.Domain.Identity;

/// <summary>
/// Compares people's names as certificates and applications write them: case, word order, a patronymic present on one
/// side only, and Kazakh, Russian or Latin spelling do not matter ("Султанова Айгерим" = "Aigerim SULTANOVA").
/// </summary>
public static class PersonNames
{
    // Kazakh and Russian Cyrillic to the Latin of passports, folded further below so that variants meet.
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a",
        ['ә'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['ғ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['қ'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['ң'] = "n",
        ['о'] = "o",
        ['ө'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ұ'] = "u",
        ['ү'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['һ'] = "h",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['і'] = "i",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
    };

    // Spellings that differ between transliteration schemes of the same sound.
    private static readonly (string From, string To)[] Folds =
    [
        ("shch", "sh"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("q", "k"), ("w", "v"),
    ];

    /// <summary>
    /// Whether two written names are the same person's: the words of the shorter name (at least two, or the only one
    /// of both) all appear in the longer one, after spelling is folded.
    /// </summary>
    public static bool Match(string? left, string? right)
    {
        var a = Words(left);
        var b = Words(right);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return (shorter.Count >= 2 || longer.Count == 1) && shorter.All(longer.Contains);
    }

    private static string Undoubled(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a name, for comparison only.</summary>
    public static IReadOnlyCollection<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var latin = new StringBuilder(name.Length * 2);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Cyrillic.TryGetValue(c, out var sound))
            {
                latin.Append(sound);
            }
            else if (char.IsLetter(c))
            {
                latin.Append(c);
            }
            else
            {
                latin.Append(' ');
            }
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in latin.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = word;
            foreach (var (from, to) in Folds)
            {
                folded = folded.Replace(from, to, StringComparison.Ordinal);
            }

            // Doubled letters and a word-initial "ye" for Е ("Kassymova", "Yerzhan") are spellings, not other names.
            words.Add(Undoubled(folded.StartsWith("ie", StringComparison.Ordinal) ? folded[1..] : folded));
        }

        return words;
    }
}
