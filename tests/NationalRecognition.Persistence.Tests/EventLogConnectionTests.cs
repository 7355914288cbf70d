using Npgsql;

namespace NationalRecognition.Persistence.Tests;

/// <summary>The event log's connections keep their prepared statements and are never reset on reuse.</summary>
public sealed class EventLogConnectionTests
{
    [Fact]
    public void Event_log_connections_prepare_their_statements_and_skip_the_reset()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            PlatformSiloBuilderExtensions.EventLogConnectionString("Host=db;Database=recognition"));

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(32, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.Equal("db", settings.Host);
    }

    [Fact]
    public void Automatic_preparation_set_in_the_connection_string_is_kept_even_when_off()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            PlatformSiloBuilderExtensions.EventLogConnectionString("Host=db;Max Auto Prepare=0"));

        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
