using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;
using Orleans.Runtime.Messaging;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Recognises failures that say "try again shortly" rather than "this request is wrong": the cluster unreachable
/// (silo gone, message rejected, no gateway connection, gateway shedding load), a grain call that timed out, and a
/// passing PostgreSQL failure as silos report it (<see cref="StorageUnavailableException"/>,
/// <see cref="AuditUnavailableException"/>). All become <see cref="ErrorCodes.Unavailable"/> with a message that says to retry.
/// </summary>
public sealed class UnavailableErrorClassifier : IErrorClassifier
{
    /// <summary>The message of an unreachable cluster or storage, in English (the request's language: key <c>unavailable</c>).</summary>
    public const string UnavailableMessage = "The service is temporarily unavailable. Retry the request in a few seconds.";

    /// <summary>The message of a timed-out call, whose effect is unknown, in English (key <c>unavailable.timedOut</c>).</summary>
    public const string TimedOutMessage =
        "The service did not answer in time; the request may or may not have taken effect. Retry it in a few seconds.";

    public ErrorClassification? Classify(Exception exception) => exception switch
    {
        // SiloUnavailableException and "no gateway available" both arrive as message rejections.
        OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException =>
            new ErrorClassification(ErrorCodes.Unavailable, Message: GatewayMessages.Text("unavailable")),
        TimeoutException => new ErrorClassification(ErrorCodes.Unavailable, Message: GatewayMessages.Text("unavailable.timedOut")),
        StorageUnavailableException or AuditUnavailableException =>
            new ErrorClassification(ErrorCodes.Unavailable, Message: GatewayMessages.Text("unavailable")),
        _ => null,
    };
}
