using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts;
using NationalRecognition.Persistence.Tests.TestGrains;
using NationalRecognition.Testing;
using Orleans.Storage;

namespace NationalRecognition.Persistence.Tests;

/// <summary>Two silos on PostgreSQL clustering, storage and reminders (classic TestCluster: real membership).</summary>
[Collection(PostgreSqlClusterCollection.Name)]
public sealed class PostgreSqlClusterTests(PostgreSqlClusterFixture fixture)
{
    private Orleans.TestingHost.TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Both_silos_are_active_in_the_postgresql_membership_table()
    {
        var expected = Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToParsableString()).Order().ToList();

        var rows = await Sql.ScalarAsync<string>(fixture.ConnectionString, """
            SELECT string_agg(Address || ':' || Port || '@' || Generation, ',' ORDER BY Address || ':' || Port || '@' || Generation)
            FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3
            """, ("cluster", Cluster.Options.ClusterId));

        Assert.Equal(2, expected.Count);
        Assert.Equal(string.Join(',', expected), rows);
    }

    [Fact]
    public async Task Grain_state_survives_restarting_every_silo()
    {
        var counter = Cluster.Client.GetGrain<ICounterGrain>(Guid.NewGuid().ToString("N"));
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        await RestartEverySiloAsync();

        Assert.Equal(2, await counter.GetAsync());
        Assert.Equal(3, await counter.IncrementAsync());
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_is_still_stored_and_fires_after_it()
    {
        var key = Guid.NewGuid().ToString("N");
        var probe = Cluster.Client.GetGrain<IReminderProbeGrain>(key);
        await probe.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Assert.Equal(1L, await ReminderRowsAsync(probe));

        await RestartEverySiloAsync();

        Assert.Equal(1L, await ReminderRowsAsync(probe));
        var ticksAfterRestart = await probe.GetTicksAsync();
        await Eventually.TrueAsync(
            async () => await probe.GetTicksAsync() > ticksAfterRestart, "a reminder tick after the silos restarted");

        await probe.StopAsync();
        Assert.Equal(0L, await ReminderRowsAsync(probe));
    }

    [Fact]
    public async Task Concurrent_first_writes_through_two_silos_storage_providers_leave_one_row_and_one_winner()
    {
        // Not a bare GUID: the provider stores GUID-shaped keys in GrainIdN0/N1, other strings in the extension column.
        var key = $"first-write-{Guid.NewGuid():N}";
        var grainId = GrainId.Create("counter", key);
        var providers = Cluster.GetActiveSilos()
            .Select(s => Cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredKeyedService<IGrainStorage>(StorageNames.Recognition))
            .ToList();
        Assert.Equal(2, providers.Count);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            var state = new GrainState<CounterState>(new CounterState { Value = i });
            try
            {
                await providers[i % providers.Count].WriteStateAsync("counter", grainId, state);
                return (Exception?)null;
            }
            catch (InconsistentStateException conflict)
            {
                return conflict;
            }
        }));

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(5, outcomes.Count(o => o is InconsistentStateException));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.ConnectionString,
            "SELECT count(*) FROM recognition_state WHERE grain_type = 'counter' AND grain_key = @key", ("key", key)));
    }

    private Task<long> ReminderRowsAsync(IReminderProbeGrain probe) => Sql.ScalarAsync<long>(fixture.ConnectionString,
        "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId = @grain AND ReminderName = @name",
        ("service", Cluster.Options.ServiceId),
        ("grain", probe.GetGrainId().ToString()),
        ("name", ReminderProbeGrain.ReminderName));

    private async Task RestartEverySiloAsync()
    {
        // One at a time, as a rolling restart would: every activation is lost, only PostgreSQL remains.
        foreach (var silo in Cluster.Silos.ToList())
        {
            await Cluster.RestartSiloAsync(silo);
        }

        await Cluster.WaitForLivenessToStabilizeAsync();
    }
}
