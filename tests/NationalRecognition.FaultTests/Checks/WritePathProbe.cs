using Npgsql;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>
/// Whether the running write path keeps applications in the event log (recognition_events, recognition_state and
/// the read models) or still in Orleans' OrleansStorage table; the SQL checks only apply to the first.
/// </summary>
public static class WritePathProbe
{
    public static async Task<bool> UsesEventLogAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("""
            SELECT EXISTS (SELECT 1 FROM recognition_events WHERE stream_id LIKE $1 || '%')
            """);
        command.Parameters.AddWithValue(EventLogNames.ApplicationStreamPrefix);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
