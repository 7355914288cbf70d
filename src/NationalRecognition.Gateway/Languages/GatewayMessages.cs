using System.Globalization;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Gateway.Errors;

namespace NationalRecognition.Gateway.Languages;

/// <summary>
/// Puts messages into the language of the request being served (<see cref="CultureInfo.CurrentUICulture"/>, set once
/// per request from <c>Accept-Language</c> by <see cref="RequestLanguageExtensions"/>): the gateway's own
/// (<c>Languages/gateway.*.json</c>) and the platform's refusals (<see cref="DomainMessages"/>).
/// </summary>
public static class GatewayMessages
{
    /// <summary>The gateway's own texts in Kazakh, Russian and English.</summary>
    public static MessageCatalogue Catalogue { get; } =
        MessageCatalogue.FromResources(typeof(GatewayMessages).Assembly, "NationalRecognition.Gateway.Languages.gateway");

    /// <summary>The gateway's message <paramref name="key"/> in the request's language.</summary>
    public static string Text(string key, params (string Name, object? Value)[] arguments) =>
        Catalogue.Render(Message.Of(key, arguments), CultureInfo.CurrentUICulture);

    /// <summary>
    /// A refusal of the platform in the request's language; its field names are written as the GraphQL input names
    /// (<see cref="InputFieldPath"/>).
    /// </summary>
    public static string Refusal(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var arguments = message.Arguments
            .Select(argument => argument.Name == "field" ? argument with { Value = InputFieldPath.Of(argument.Value) ?? argument.Value } : argument)
            .ToArray();
        return DomainMessages.Catalogue.Render(message with { Arguments = arguments }, CultureInfo.CurrentUICulture);
    }

    /// <summary>A refusal as it arrived from a silo: in the request's language, or its English text from a silo that sent no key.</summary>
    public static string Refusal(PlatformMessage? message, string english) =>
        message is null ? english : Refusal(message.ToMessage());
}
