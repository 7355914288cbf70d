using Npgsql;

namespace NationalRecognition.Hosting;

/// <summary>
/// Recognises a passing PostgreSQL failure anywhere in an exception chain: an <see cref="NpgsqlException"/> whose
/// <see cref="NpgsqlException.IsTransient"/> is set (connection refused or broken, timeouts, and server states such as
/// too many connections, shutdown or serialization failure), however Orleans' storage providers wrapped it.
/// </summary>
public static class TransientStorageFailures
{
    // Exception chains are short; the bound only guards against a pathological cycle.
    private const int MaxDepth = 32;

    /// <summary>The transient Npgsql exception inside <paramref name="exception"/>, or null when there is none.</summary>
    public static NpgsqlException? Find(Exception? exception) => Find(exception, 0);

    private static NpgsqlException? Find(Exception? exception, int depth)
    {
        if (exception is null || depth > MaxDepth)
        {
            return null;
        }

        if (exception is NpgsqlException { IsTransient: true } npgsql)
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
}
