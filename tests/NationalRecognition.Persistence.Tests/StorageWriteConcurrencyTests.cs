using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// The WriteToStorageKey statement itself, run concurrently as several silos would in a split brain:
/// the unique key over the grain identity decides, and the losers see an ETag conflict.
/// </summary>
public sealed class StorageWriteConcurrencyTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private const string ServiceId = "write-concurrency";
    private const string GrainType = "counter";

    [Fact]
    public async Task Concurrent_first_writes_of_one_grain_leave_exactly_one_row_and_one_winner()
    {
        var grainKey = Guid.NewGuid().ToString("N");
        var writeText = await Sql.QueryTextAsync(database.ConnectionString, "WriteToStorageKey");
        const int Writers = 8;

        // Open every connection first so the statements really overlap.
        var connections = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < Writers; i++)
            {
                var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync();
                connections.Add(connection);
            }

            var versions = await Task.WhenAll(connections.Select((connection, i) =>
                WriteAsync(connection, writeText, grainKey, expectedVersion: null, payload: [(byte)i])));

            Assert.Single(versions, v => v == 1);
            Assert.Equal(Writers - 1, versions.Count(v => v is null));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }

        Assert.Equal(1L, await RowCountAsync(grainKey));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_changes_nothing_and_returns_the_callers_etag()
    {
        var grainKey = Guid.NewGuid().ToString("N");
        var writeText = await Sql.QueryTextAsync(database.ConnectionString, "WriteToStorageKey");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(1, await WriteAsync(connection, writeText, grainKey, expectedVersion: null, payload: [1]));
        Assert.Equal(2, await WriteAsync(connection, writeText, grainKey, expectedVersion: 1, payload: [2]));
        Assert.Equal(1, await WriteAsync(connection, writeText, grainKey, expectedVersion: 1, payload: [3]));
        Assert.Null(await WriteAsync(connection, writeText, grainKey, expectedVersion: null, payload: [4]));

        var stored = await Sql.ScalarAsync<byte[]>(database.ConnectionString,
            "SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", ("key", grainKey));
        Assert.Equal([2], stored);
        Assert.Equal(1L, await RowCountAsync(grainKey));
    }

    [Fact]
    public async Task The_table_refuses_a_second_row_for_the_same_grain_even_without_the_query()
    {
        var grainKey = Guid.NewGuid().ToString("N");
        const string Insert = """
            INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, Version)
            VALUES (1, 0, 0, 1, 'counter', @key, 'raw', 1)
            """;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var first = new NpgsqlCommand(Insert, connection))
        {
            first.Parameters.AddWithValue("key", grainKey);
            await first.ExecuteNonQueryAsync();
        }

        await using var second = new NpgsqlCommand(Insert, connection);
        second.Parameters.AddWithValue("key", grainKey);
        var error = await Assert.ThrowsAsync<PostgresException>(() => second.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    private Task<long> RowCountAsync(string grainKey) => Sql.ScalarAsync<long>(database.ConnectionString,
        "SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = @key", ("key", grainKey));

    private static async Task<int?> WriteAsync(NpgsqlConnection connection, string writeText, string grainKey, int? expectedVersion, byte[] payload)
    {
        // The same parameters, with the same CLR types, as the 10.4.2 grain storage provider binds.
        await using var command = new NpgsqlCommand(writeText, connection);
        command.Parameters.AddWithValue("GrainIdHash", grainKey.Length);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 0L);
        command.Parameters.AddWithValue("GrainTypeHash", GrainType.Length);
        command.Parameters.AddWithValue("GrainTypeString", GrainType);
        command.Parameters.AddWithValue("GrainIdExtensionString", grainKey);
        command.Parameters.AddWithValue("ServiceId", ServiceId);
        command.Parameters.AddWithValue("GrainStateVersion", expectedVersion is null ? DBNull.Value : expectedVersion.Value);
        command.Parameters.AddWithValue("PayloadBinary", payload);
        var result = await command.ExecuteScalarAsync();
        return result is DBNull or null ? null : (int)result;
    }
}
