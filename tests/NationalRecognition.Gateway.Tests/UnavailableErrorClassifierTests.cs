using System.Net.Sockets;
using GraphQL.Execution;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;
using Npgsql;
using Orleans.Runtime.Messaging;

namespace NationalRecognition.Gateway.Tests;

/// <summary>Which failures tell the client to retry (UNAVAILABLE), and which do not.</summary>
public sealed class UnavailableErrorClassifierTests
{
    private static readonly UnavailableErrorClassifier Classifier = new();

    public static TheoryData<Exception> ClusterUnavailable => new()
    {
        new SiloUnavailableException("The target silo became unavailable."),
        new ConnectionFailedException("Unable to connect to S127.0.0.1:30000:0"),
        new GatewayTooBusyException(),
    };

    public static TheoryData<Exception> StorageUnavailable => new()
    {
        new StorageUnavailableException("IInstitutionGrain.Register failed on storage: Npgsql.NpgsqlException: Failed to connect"),
        new AuditUnavailableException("The audit record of IApplicationGrain.Submit could not be written."),
    };

    public static TheoryData<Exception> NotRetryable => new()
    {
        new InvalidOperationException("a bug"),
        // A client-only gateway never sees Npgsql's exceptions: silos report a passing failure as StorageUnavailableException.
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new PostgresException("relation \"orleansquery\" does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable),
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation),
        new NpgsqlException("A command is already in progress"),
        new OrleansException("Error from storage provider"),
    };

    [Theory]
    [MemberData(nameof(ClusterUnavailable))]
    public void An_unreachable_cluster_says_retry(Exception exception) =>
        Assert.Equal(new ErrorClassification(ErrorCodes.Unavailable, Message: UnavailableErrorClassifier.UnavailableMessage),
            Classifier.Classify(exception));

    [Fact]
    public void A_grain_call_timeout_says_retry_and_that_the_outcome_is_unknown()
    {
        var classification = Classifier.Classify(new TimeoutException("Response did not arrive on time in 00:00:05"));

        Assert.Equal(new ErrorClassification(ErrorCodes.Unavailable, Message: UnavailableErrorClassifier.TimedOutMessage), classification);
        Assert.Contains("may or may not have taken effect", classification!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StorageUnavailable))]
    public void A_transient_storage_failure_says_retry(Exception exception) =>
        Assert.Equal(ErrorCodes.Unavailable, Classifier.Classify(exception)?.Code);

    [Theory]
    [MemberData(nameof(NotRetryable))]
    public void Other_failures_are_not_classified_as_unavailable(Exception exception) =>
        Assert.Null(Classifier.Classify(exception));

    [Fact]
    public void A_storage_outage_inside_a_failed_activation_says_retry()
    {
        // What a client-only gateway receives when a grain's state read failed as it activated: Orleans' storage bridge
        // wraps the silo's StorageUnavailableException, and the activation's rejection carries it over the wire.
        var activation = new OrleansException("Error from storage provider RecognitionGrainStorage.application during ReadStateAsync",
            new StorageUnavailableException("ReadStateAsync of application/1 failed on storage: Npgsql.PostgresException: 57P03: the database system is starting up"));

        var info = Provider().GetInfo(new UnhandledError("Error trying to resolve field 'startReview'.", activation));

        Assert.Equal((ErrorCodes.Unavailable, UnavailableErrorClassifier.UnavailableMessage), (info.Extensions!["code"], info.Message));
    }

    [Fact]
    public void A_storage_outage_among_the_failures_of_an_aggregate_says_retry() =>
        Assert.Equal(ErrorCodes.Unavailable, new IErrorClassifier[] { new DomainErrorClassifier(), Classifier }.Classify(
            new AggregateException(new InvalidOperationException("other"), new OrleansException("wrapped", new StorageUnavailableException("down"))))?.Code);

    [Fact]
    public void An_unknown_failure_wrapped_by_Orleans_stays_internal() =>
        Assert.Equal("INTERNAL", Provider().GetInfo(new UnhandledError("Error trying to resolve field 'startReview'.",
            new OrleansException("Error from storage provider", new InvalidOperationException("a bug")))).Extensions!["code"]);

    [Fact]
    public void A_rule_error_takes_precedence_and_carries_no_trace_id()
    {
        var info = Provider().GetInfo(new UnhandledError("Error trying to resolve field 'submit'.",
            new NationalRecognition.Contracts.Common.PlatformException(
                NationalRecognition.Domain.Errors.DomainErrorCode.Conflict, "Already submitted.", null, null)));

        Assert.Equal("CONFLICT", info.Extensions!["code"]);
        Assert.False(info.Extensions.ContainsKey("traceId"));
    }

    private static GraphQLHttpErrorInfoProvider Provider() =>
        new([new DomainErrorClassifier(), Classifier], exposeExceptionDetails: false, traceId: () => "trace-1");
}
