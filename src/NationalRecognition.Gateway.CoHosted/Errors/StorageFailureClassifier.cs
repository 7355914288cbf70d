using NationalRecognition.Gateway.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;
using Npgsql;

namespace NationalRecognition.Gateway.CoHosted.Errors;

/// <summary>
/// A passing PostgreSQL failure (<see cref="NpgsqlException.IsTransient"/>) that reaches the API as it is: with the silo
/// in this process, its storage's exceptions need not cross the wire as <c>StorageUnavailableException</c>. Such a
/// failure is <see cref="ErrorCodes.Unavailable"/>, as it is for a client-only gateway.
/// </summary>
internal sealed class StorageFailureClassifier : IErrorClassifier
{
    public ErrorClassification? Classify(Exception exception) => exception is NpgsqlException { IsTransient: true }
        ? new ErrorClassification(ErrorCodes.Unavailable, Message: UnavailableErrorClassifier.UnavailableMessage)
        : null;
}
