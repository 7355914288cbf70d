using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace NationalRecognition.Domain.Messages;

/// <summary>
/// The texts of one assembly's messages in every language of <see cref="MessageLanguages"/>: one embedded JSON object
/// per language (<c>{prefix}.kk.json</c>, <c>.ru.json</c>, <c>.en.json</c>) from key to template
/// (<see cref="MessageFormat"/>). A key missing in the reader's language is read in English, and a key missing in
/// English shows as itself — never an exception at the moment a refusal is explained; the catalogue tests make both
/// impossible in a build that passed them.
/// </summary>
public sealed class MessageCatalogue
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _texts;

    public MessageCatalogue(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The catalogue embedded in <paramref name="assembly"/> under <paramref name="prefix"/>.</summary>
    /// <exception cref="InvalidOperationException">A language's resource is missing (a build mistake).</exception>
    public static MessageCatalogue FromResources(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in MessageLanguages.All)
        {
            var name = $"{prefix}.{language}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The message resource {name} is not embedded in {assembly.GetName().Name}.");
            texts[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The message resource {name} is empty.");
        }

        return new MessageCatalogue(texts);
    }

    /// <summary>The languages this catalogue holds texts for.</summary>
    public IReadOnlyCollection<string> Languages => _texts.Keys;

    /// <summary>The keys written in <paramref name="language"/>.</summary>
    public IReadOnlyCollection<string> Keys(string language) =>
        _texts.TryGetValue(language, out var texts) ? texts.Keys.ToArray() : [];

    /// <summary>The template of <paramref name="key"/> in <paramref name="language"/>, or null when it is not written.</summary>
    public string? Template(string language, string key) =>
        _texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var template) ? template : null;

    /// <summary>Whether <paramref name="key"/> is written in English (and so can always be shown).</summary>
    public bool Contains(string key) => Template(MessageLanguages.Fallback, key) is not null;

    /// <summary><paramref name="message"/> in the language of <paramref name="culture"/>, else in English, else its key.</summary>
    public string Render(Message message, CultureInfo culture) => Render(message, MessageLanguages.Of(culture));

    /// <summary><paramref name="message"/> in <paramref name="language"/>, else in English, else its key.</summary>
    public string Render(Message message, string language)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Template(language, message.Key) is { } template)
        {
            return MessageFormat.Render(template, message.Arguments, language);
        }

        return Template(MessageLanguages.Fallback, message.Key) is { } english
            ? MessageFormat.Render(english, message.Arguments, MessageLanguages.Fallback)
            : message.Key;
    }
}
