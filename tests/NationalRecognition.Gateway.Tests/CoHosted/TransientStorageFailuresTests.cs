using System.Net.Sockets;
using NationalRecognition.Hosting;
using Npgsql;

namespace NationalRecognition.Gateway.Tests.CoHosted;

/// <summary>
/// Which PostgreSQL failures are told as UNAVAILABLE (a retry with the same key is right): every one whose outcome is
/// unknown or passing, each in the shape Npgsql gives it.
/// </summary>
public sealed class TransientStorageFailuresTests
{
    [Fact]
    public void A_refused_connection_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(
            new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused))));

    [Fact]
    public void A_connection_broken_mid_statement_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException("Attempted to read past the end of the stream."))));

    [Fact]
    public void A_connection_reset_under_a_write_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(
            new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe", new SocketException((int)SocketError.ConnectionReset)))));

    [Fact]
    public void A_stream_disposed_by_a_broken_connection_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(
            new NpgsqlException("Exception while reading from stream", new ObjectDisposedException("NetworkStream"))));

    [Fact]
    public void An_exhausted_pool_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(new NpgsqlException(
            "The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.",
            new TimeoutException())));

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, "terminating connection due to administrator command")]
    [InlineData(PostgresErrorCodes.CrashShutdown, "terminating connection because of crash of another server process")]
    [InlineData(PostgresErrorCodes.CannotConnectNow, "the database system is starting up")]
    public void A_server_shutting_down_crashing_or_starting_is_transient(string sqlState, string message) =>
        Assert.NotNull(TransientStorageFailures.Find(new PostgresException(message, "FATAL", "FATAL", sqlState)));

    [Fact]
    public void A_write_refused_by_a_read_only_server_during_a_fail_over_is_transient() =>
        Assert.NotNull(TransientStorageFailures.Find(new PostgresException(
            "cannot execute INSERT in a read-only transaction", "ERROR", "ERROR", PostgresErrorCodes.ReadOnlySqlTransaction)));

    [Theory]
    [InlineData(PostgresErrorCodes.ConnectionException)]
    [InlineData(PostgresErrorCodes.ConnectionFailure)]
    [InlineData(PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection)]
    [InlineData(PostgresErrorCodes.ProtocolViolation)]
    public void Every_connection_exception_of_class_08_is_transient(string sqlState) =>
        Assert.NotNull(TransientStorageFailures.Find(new PostgresException("connection exception", "FATAL", "FATAL", sqlState)));

    [Fact]
    public void A_transient_failure_is_found_however_deep_it_is_wrapped()
    {
        var wrapped = new OrleansException("Error from storage provider", new AggregateException(
            new InvalidOperationException("first"),
            new InvalidOperationException("second", new PostgresException("crash", "FATAL", "FATAL", PostgresErrorCodes.CrashShutdown))));

        Assert.IsType<PostgresException>(TransientStorageFailures.Find(wrapped));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.UndefinedTable)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    public void A_refusal_of_the_statement_itself_is_not_transient(string sqlState) =>
        Assert.Null(TransientStorageFailures.Find(new PostgresException("refused", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void A_misuse_of_the_connection_is_not_transient() =>
        Assert.Null(TransientStorageFailures.Find(new NpgsqlException("A command is already in progress")));
}
