using System.Globalization;

namespace NationalRecognition.Domain.Messages;

/// <summary>
/// The languages the platform speaks: Kazakh, Russian and English. English is the fallback: a reader who asks for
/// none of the three, or a message not yet written in the language asked for, reads English.
/// </summary>
public static class MessageLanguages
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    /// <summary>The language of a reader who asks for none of <see cref="All"/>.</summary>
    public const string Fallback = English;

    /// <summary>Every language the catalogues must be written in.</summary>
    public static IReadOnlyList<string> All { get; } = [Kazakh, Russian, English];

    /// <summary>The language of <paramref name="culture"/> (kk-KZ is Kazakh) or, when it is none of ours, <see cref="Fallback"/>.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return All.Contains(language, StringComparer.Ordinal) ? language : Fallback;
    }
}
