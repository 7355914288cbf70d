using Npgsql;

namespace NationalRecognition.Persistence.Tests;

/// <summary>Small helpers for asserting on the database directly.</summary>
internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var result = await command.ExecuteScalarAsync();
        return (T)result!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<string> QueryTextAsync(string connectionString, string queryKey) =>
        await ScalarAsync<string>(connectionString, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", ("key", queryKey));
}
