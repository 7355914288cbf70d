using System.Net.Sockets;
using GraphQL.Execution;
using NationalRecognition.Gateway.CoHosted.Errors;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;
using Npgsql;

namespace NationalRecognition.Gateway.Tests.CoHosted;

/// <summary>With the silo in the gateway's process, a passing PostgreSQL failure reaches the API as Npgsql's own exception.</summary>
public sealed class StorageFailureClassifierTests
{
    private static readonly StorageFailureClassifier Classifier = new();

    public static TheoryData<Exception> Transient => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new NpgsqlException("Exception while reading from stream", new IOException("Connection reset")),
        new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow),
    };

    public static TheoryData<Exception> NotTransient => new()
    {
        new PostgresException("relation \"orleansquery\" does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable),
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation),
        new NpgsqlException("A command is already in progress"),
        new InvalidOperationException("a bug"),
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public void A_transient_storage_failure_says_retry(Exception exception) =>
        Assert.Equal(new ErrorClassification(ErrorCodes.Unavailable, Message: UnavailableErrorClassifier.UnavailableMessage),
            Classifier.Classify(exception));

    [Theory]
    [MemberData(nameof(NotTransient))]
    public void Other_failures_are_not_classified_as_unavailable(Exception exception) =>
        Assert.Null(Classifier.Classify(exception));

    [Fact]
    public void A_storage_failure_wrapped_by_Orleans_storage_is_UNAVAILABLE_in_the_response()
    {
        var wrapped = new OrleansException("Error from storage provider recognition during WriteStateAsync",
            new NpgsqlException("Failed to connect to 127.0.0.1:5432", new TimeoutException("Timeout during connection attempt")));
        var provider = new GraphQLHttpErrorInfoProvider(
            [new DomainErrorClassifier(), new UnavailableErrorClassifier(), Classifier], exposeExceptionDetails: false, traceId: () => "trace-1");

        var info = provider.GetInfo(new UnhandledError("Error trying to resolve field 'submit'.", wrapped));

        Assert.Equal(ErrorCodes.Unavailable, info.Extensions!["code"]);
        Assert.Equal(UnavailableErrorClassifier.UnavailableMessage, info.Message);
        Assert.Equal("trace-1", info.Extensions["traceId"]);
    }
}
