using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Messages;

/// <summary>
/// The catalogue of the platform's refusals (<c>Messages/domain.*.json</c>): every <see cref="DomainException"/> the
/// Rules, the grains and the tools raise names one of its keys. The gateway reads it to answer in the caller's language.
/// </summary>
public static class DomainMessages
{
    /// <summary>The refusals' texts in Kazakh, Russian and English.</summary>
    public static MessageCatalogue Catalogue { get; } =
        MessageCatalogue.FromResources(typeof(DomainMessages).Assembly, "NationalRecognition.Domain.Messages.domain");

    /// <summary><paramref name="message"/> in English: the text of logs, exceptions and clients that ask for no language.</summary>
    public static string InEnglish(Message message) => Catalogue.Render(message, MessageLanguages.English);

    /// <summary>The general message of <paramref name="code"/>, for a refusal that says no more than its kind.</summary>
    public static Message OfCode(DomainErrorCode code) => new(KeyOf(code), []);

    /// <summary>The key of <paramref name="code"/>'s general message, e.g. <c>error.notFound</c>.</summary>
    public static string KeyOf(DomainErrorCode code)
    {
        var name = code.ToString();
        return "error." + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
