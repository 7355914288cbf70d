using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;

namespace NationalRecognition.Gateway.Feed;

/// <summary>
/// A request body that the client broke: cut short or with broken chunk framing (Kestrel's
/// <see cref="BadHttpRequestException"/>, 400), too slow for the minimum data rate (408), longer than allowed (413), or
/// the connection lost under it (<see cref="IOException"/>). A client's error, never <c>INTERNAL</c>.
/// </summary>
internal sealed record ClientBodyFailure(int Status, string Code, string Message)
{
    /// <summary>The client's failure that <paramref name="exception"/> is, or null when it is not one.</summary>
    public static ClientBodyFailure? Of(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(
            StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
            GatewayMessages.Text("stream.tooLarge")),
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => new(
            StatusCodes.Status408RequestTimeout, ErrorCodes.BodyTooSlow,
            GatewayMessages.Text("stream.tooSlow")),
        BadHttpRequestException or IOException => new(
            StatusCodes.Status400BadRequest, ErrorCodes.BodyIncomplete,
            GatewayMessages.Text("stream.incomplete")),
        _ => null,
    };

    /// <summary>
    /// What a request body broken by the client (<paramref name="exception"/>) is outside the stream — a GraphQL POST, any
    /// other request: the same status and code, said for a request rather than a file.
    /// </summary>
    public static ClientBodyFailure OfRequest(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, "The request body is larger than the gateway accepts."),
        StatusCodes.Status408RequestTimeout => new(StatusCodes.Status408RequestTimeout, ErrorCodes.BodyTooSlow,
            "The request body arrived too slowly or stalled: send the request again, without pauses."),
        _ => new(StatusCodes.Status400BadRequest, ErrorCodes.BodyIncomplete,
            "The request body ended early or its framing is broken: send the whole request again."),
    };
}
