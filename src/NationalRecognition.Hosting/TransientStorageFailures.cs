using System.Net.Sockets;
using Npgsql;

namespace NationalRecognition.Hosting;

/// <summary>
/// Recognises a PostgreSQL failure whose outcome is unknown or passing anywhere in an exception chain, however
/// Orleans' storage providers wrapped it: what a retry (with the same idempotency key) is exactly right for.
/// </summary>
/// <remarks>
/// Npgsql's <see cref="NpgsqlException.IsTransient"/> covers most of it (connection refused, timeouts, pool exhausted,
/// too many connections, serialization failure); on top of it: a connection broken mid-statement ("Exception while
/// reading from stream" — its outcome is unknown), the server shutting down, crashing or starting (SqlState 57P01,
/// 57P02, 57P03), every connection exception (SqlState class 08), which a fail-over also answers, and a write refused
/// by a server that is read-only (25006: connected to a standby while the fail-over promotes another).
/// </remarks>
public static class TransientStorageFailures
{
    // Exception chains are short; the bound only guards against a pathological cycle.
    private const int MaxDepth = 32;

    /// <summary>The server is shutting down (smart or fast stop, or a backend terminated by an administrator).</summary>
    public const string AdminShutdown = "57P01";

    /// <summary>The server is crashing (immediate stop, or another backend died).</summary>
    public const string CrashShutdown = "57P02";

    /// <summary>The server is starting, recovering or in a fail-over and does not take connections yet.</summary>
    public const string CannotConnectNow = "57P03";

    /// <summary>A write in a read-only transaction: the server is a standby (a fail-over is under way or the pool still holds the old primary).</summary>
    public const string ReadOnlyTransaction = "25006";

    /// <summary>The class of connection exceptions (08000, 08003, 08006, 08001, 08004, 08007, …).</summary>
    public const string ConnectionExceptionClass = "08";

    /// <summary>The exception inside <paramref name="exception"/> that makes it transient, or null when there is none.</summary>
    public static NpgsqlException? Find(Exception? exception) => Find(exception, 0);

    /// <summary>Whether <paramref name="exception"/> alone (not its chain) is a transient storage failure.</summary>
    public static bool IsTransient(NpgsqlException exception) => exception switch
    {
        PostgresException server => server.IsTransient || IsTransientState(server.SqlState),
        _ => exception.IsTransient || BrokeTheConnection(exception.InnerException, 0),
    };

    /// <summary>Whether a PostgreSQL SqlState says the server is away, stopping, starting, read-only or the connection broke.</summary>
    public static bool IsTransientState(string? sqlState) =>
        sqlState is AdminShutdown or CrashShutdown or CannotConnectNow or ReadOnlyTransaction
        || (sqlState is { Length: 5 } && sqlState.StartsWith(ConnectionExceptionClass, StringComparison.Ordinal));

    private static NpgsqlException? Find(Exception? exception, int depth)
    {
        if (exception is null || depth > MaxDepth)
        {
            return null;
        }

        if (exception is NpgsqlException npgsql && IsTransient(npgsql))
        {
            return npgsql;
        }

        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (Find(inner, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Find(exception.InnerException, depth + 1);
    }

    // Npgsql wraps what broke a connection (the stream ended, the socket reset, the read timed out) in a plain
    // NpgsqlException; a statement under way when it broke may or may not have committed.
    private static bool BrokeTheConnection(Exception? inner, int depth) => inner switch
    {
        null => false,
        _ when depth > MaxDepth => false,
        IOException or SocketException or TimeoutException or ObjectDisposedException => true,
        PostgresException server => IsTransient(server),
        _ => BrokeTheConnection(inner.InnerException, depth + 1),
    };
}
