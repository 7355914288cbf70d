namespace NationalRecognition.Domain.Messages;

/// <summary>
/// A message to a person as a stable key and its arguments, never as finished text: a <see cref="MessageCatalogue"/>
/// puts it into words in the reader's language (Kazakh, Russian or English) when it is shown.
/// </summary>
/// <param name="Key">The message key, e.g. <c>commission.composition.chairCount</c>; stable like an error code.</param>
/// <param name="Arguments">The values the message names, by placeholder name.</param>
public sealed record Message(string Key, IReadOnlyList<MessageArgument> Arguments)
{
    /// <summary>The message <paramref name="key"/> with its arguments; numbers and days are written invariantly.</summary>
    public static Message Of(string key, params (string Name, object? Value)[] arguments) =>
        new(key, arguments.Select(argument => MessageArgument.Of(argument.Name, argument.Value)).ToArray());

    /// <summary>The value of the argument <paramref name="name"/>, or null when the message has none.</summary>
    public string? Argument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name)?.Value;
}
