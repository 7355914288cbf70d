using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;
using NationalRecognition.Hosting;

namespace NationalRecognition.Gateway.CoHosted.Errors;

/// <summary>
/// A PostgreSQL failure whose outcome is unknown or passing (<see cref="TransientStorageFailures"/>) that reaches the API
/// as it is: with the silo in this process, its storage's exceptions need not cross the wire as
/// <c>StorageUnavailableException</c>. Such a failure is <see cref="ErrorCodes.Unavailable"/>, as it is for a client-only gateway.
/// </summary>
internal sealed class StorageFailureClassifier : IErrorClassifier
{
    public ErrorClassification? Classify(Exception exception) => TransientStorageFailures.Find(exception) is not null
        ? new ErrorClassification(ErrorCodes.Unavailable, Message: GatewayMessages.Text("unavailable"))
        : null;
}
