using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Persistence.EventLog;
using NationalRecognition.Persistence.ReadModels.Audit;
using NationalRecognition.Persistence.ReadModels.Listings;
using NationalRecognition.Persistence.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.Statistics;
using NationalRecognition.Persistence.Tests.EventLog;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests.ReadModels;

/// <summary>
/// A throw-away database with the event log and the read models on it (the silos' PostgreSQL stores), and what the
/// read-model tests share: writing applications to the log, catching a read model up, reading its rows back.
/// </summary>
public abstract class ReadModelDatabase : IAsyncLifetime
{
    private const string ServiceId = "projector-tests";
    private readonly PostgreSqlDatabaseFixture _database = new();

    protected string ConnectionString => _database.ConnectionString;

    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    protected PostgreSqlEventStore Events { get; private set; } = null!;

    protected PostgreSqlProjectorStore Projector { get; private set; } = null!;

    protected PostgreSqlStatisticsStore StatisticsStore { get; private set; } = null!;

    protected ReadModel Listings { get; private set; } = null!;

    protected ReadModel Audit { get; private set; } = null!;

    protected ReadModel Statistics { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        DataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        Events = new PostgreSqlEventStore(DataSource, ServiceId);
        Projector = new PostgreSqlProjectorStore(DataSource);
        StatisticsStore = new PostgreSqlStatisticsStore(DataSource);
        Listings = new ReadModel(new ListingProjection(), new PostgreSqlListingStore(DataSource));
        Audit = new ReadModel(new AuditProjection(), new PostgreSqlAuditStore(DataSource));
        Statistics = new ReadModel(new StatisticsProjection(), StatisticsStore);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    private protected LoggedApplications NewApplications() => new(Events, TestIdentities.NewBin());

    private protected LoggedApplications NewApplications(string institutionBin) => new(Events, institutionBin);

    private protected static async Task<List<Guid>> SubmitAsync(LoggedApplications applications, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await applications.SubmitAsync());
        }

        return ids;
    }

    /// <summary>
    /// Applies batches until nothing committed is left. A batch only takes transactions older than every running one
    /// on the server, and other tests share the server, so an empty batch can mean "not yet" rather than "done".
    /// </summary>
    protected async Task<int> CatchUpAsync(ReadModel readModel, int batchSize)
    {
        var total = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var applied = await Projector.ApplyNextBatchAsync(readModel, batchSize, CancellationToken.None);
            total += applied;
            if (applied == 0)
            {
                if ((await Projector.StatusAsync(readModel, CancellationToken.None)).EventsBehind == 0)
                {
                    return total;
                }

                Assert.True(DateTime.UtcNow < deadline, $"The {readModel.Name} projection did not catch up with the log within 30 s.");
                await Task.Delay(20);
            }
        }
    }

    protected async Task<long> CountAsync(string table, string? institutionBin = null)
    {
        await using var command = DataSource.CreateCommand(institutionBin is null
            ? $"SELECT count(*) FROM {table}"
            : $"SELECT count(*) FROM {table} WHERE scope = @bin");
        if (institutionBin is not null)
        {
            command.Parameters.AddWithValue("bin", institutionBin);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected async Task<List<KeyValuePair<Guid, int>>> ListedVersionsAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT application_id, version FROM application_listing ORDER BY application_id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<Guid, int>>();
        while (await reader.ReadAsync())
        {
            rows.Add(new(reader.GetGuid(0), reader.GetInt32(1)));
        }

        return rows.OrderBy(r => r.Key).ToList();
    }

    /// <summary>Every row of a read model's table as text, in a stable order.</summary>
    protected async Task<string> SnapshotAsync(string table)
    {
        await using var command = DataSource.CreateCommand($"SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM {table} t");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The rows of <paramref name="table"/>, only the given columns, as text in a stable order.</summary>
    protected async Task<string> SnapshotAsync(string table, string columns)
    {
        await using var command = DataSource.CreateCommand($"SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM (SELECT {columns} FROM {table}) t");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
