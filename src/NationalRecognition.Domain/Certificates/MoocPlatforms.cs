using System.Text;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Certificates;

public static class MoocPlatforms
{
    private const string Clause = "10.4";

    // Words that decorate a platform name without changing it ("Coursera Inc.", "futurelearn.com").
    private static readonly HashSet<string> NoiseWords = ["inc", "com", "org", "ltd", "llc", "www", "https", "http", "the", "platform"];

    // Latin names and the Cyrillic spellings people write; the amendment itself spells them
    // курсор, Эдикс, Фьючелен, Юдасити in its Kazakh text.
    private static readonly Dictionary<string, MoocPlatform> KnownSpellings = new(StringComparer.Ordinal)
    {
        ["coursera"] = MoocPlatform.Coursera,
        ["курсера"] = MoocPlatform.Coursera,
        ["курсэра"] = MoocPlatform.Coursera,
        ["курсор"] = MoocPlatform.Coursera,
        ["edx"] = MoocPlatform.EdX,
        ["эдикс"] = MoocPlatform.EdX,
        ["эдэкс"] = MoocPlatform.EdX,
        ["едх"] = MoocPlatform.EdX,
        ["futurelearn"] = MoocPlatform.FutureLearn,
        ["фьючелен"] = MoocPlatform.FutureLearn,
        ["фьючерлерн"] = MoocPlatform.FutureLearn,
        ["udacity"] = MoocPlatform.Udacity,
        ["юдасити"] = MoocPlatform.Udacity,
    };

    // Long Latin names tolerate one typing slip ("Cousera", "Udasity"); "edX" is too short to guess at.
    private static readonly (string Name, MoocPlatform Platform)[] FuzzyNames =
    [
        ("coursera", MoocPlatform.Coursera),
        ("futurelearn", MoocPlatform.FutureLearn),
        ("udacity", MoocPlatform.Udacity),
    ];

    public static string DisplayName(MoocPlatform platform) => platform switch
    {
        MoocPlatform.Coursera => "Coursera",
        MoocPlatform.EdX => "edX",
        MoocPlatform.FutureLearn => "FutureLearn",
        MoocPlatform.Udacity => "Udacity",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };

    public static bool TryRecognise(string? name, out MoocPlatform platform)
    {
        platform = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var key = Key(name);
        if (KnownSpellings.TryGetValue(key, out platform))
        {
            return true;
        }

        foreach (var (known, candidate) in FuzzyNames)
        {
            if (EditDistanceAtMostOne(key, known))
            {
                platform = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The platform a written name stands for; any platform not named in clause 10.4 (Udemy, Stepik, Khan Academy…)
    /// is refused.
    /// </summary>
    public static MoocPlatform Recognise(string? name) =>
        TryRecognise(name, out var platform)
            ? platform
            : throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("moocPlatforms.nameOneMOOC", ("name", name)),
                "Platform",
                Clause);

    private static string Key(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Concat(words.Where(w => !NoiseWords.Contains(w)));
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
