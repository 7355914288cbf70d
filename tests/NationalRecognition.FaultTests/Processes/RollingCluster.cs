using NationalRecognition.FaultTests.Releases;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// One cluster (one database, one ClusterId) whose processes come from different builds, as during a rolling upgrade:
/// the schema is migrated by each build's <c>Silo migrate</c> in turn, and silos and gateways of either build are
/// started and stopped one at a time, on free loopback ports. The stand-in identity provider is this tree's.
/// </summary>
/// <remarks>
/// A silo takes the ports of a free slot of <see cref="SiloSlots"/>, fixed when the cluster is made: a gateway that
/// finds the silos through configured endpoints is given every slot's gateway port, so it finds a silo started after
/// it (as a headless Service's name stands for silo pods yet to come). A gateway whose build reads the membership
/// table is given the database instead.
/// </remarks>
public sealed class RollingCluster : IProcessCluster, IAsyncDisposable
{
    /// <summary>
    /// How many silos may run at once: a roll runs an old and a new one side by side. No more, because every slot is on
    /// the new gateways' list: a listed endpoint where no silo listens costs a refused connection, after which Orleans
    /// sends the message through another listed gateway once; with two such endpoints that one resend can fail too.
    /// </summary>
    public const int SiloSlots = 2;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly PostgreSqlServer _server;
    private readonly ProcessJob _job;
    private readonly PhaseLog _log;
    private readonly IReadOnlyDictionary<string, string> _liveness;
    private readonly SiloSlot[] _silos = [.. Enumerable.Range(0, SiloSlots).Select(i => new SiloSlot(i, FreePorts.Next(), FreePorts.Next(), FreePorts.Next()))];
    private int _started;

    private RollingCluster(PostgreSqlServer server, string connectionString, PhaseLog log, IReadOnlyDictionary<string, string> liveness)
    {
        _server = server;
        ConnectionString = connectionString;
        _log = log;
        _liveness = liveness;
        _job = new ProcessJob(Path.Combine(Path.GetTempPath(), "nationalrecognition-fault",
            $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{ClusterId}"));
    }

    public string ConnectionString { get; }

    /// <summary>Unique per run, so no other silo on this machine can join; the same for every build (one cluster).</summary>
    public string ClusterId { get; } = $"upgrade-{Guid.NewGuid():N}"[..20];

    /// <summary>The stand-in identity provider's issuer (POST /token).</summary>
    public Uri IdentityAddress { get; private set; } = null!;

    /// <summary>Where every process's output is written.</summary>
    public string LogDirectory => _job.LogDirectory;

    /// <summary>Whether the output files are deleted on dispose (set after a successful run).</summary>
    public bool DeleteLogsOnDispose { get; set; }

    /// <summary>Creates the database and starts the identity provider; no schema, no silo yet.</summary>
    public static async Task<RollingCluster> StartAsync(PhaseLog log, IReadOnlyDictionary<string, string> liveness)
    {
        var server = await PostgreSqlServer.GetSharedAsync();
        var connectionString = await server.CreateDatabaseAsync("upgrade");
        var cluster = new RollingCluster(server, connectionString, log, liveness);
        try
        {
            log.Info($"database {new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database}, cluster {cluster.ClusterId}, logs in {cluster.LogDirectory}");
            cluster.IdentityAddress = await PlatformSteps.StartIdentityProviderAsync(cluster._job, StartTimeout);
            log.Info($"stand-in identity provider at {cluster.IdentityAddress}");
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The build's migration (its schema scripts), as its release's migration Job runs it.</summary>
    public async Task MigrateAsync(PlatformBuild build)
    {
        await PlatformSteps.MigrateAsync(_job, $"migrate-{build.Name}", build.Silo, ConnectionString, StartTimeout);
        _log.Info($"schema applied by the {build.Name} 'Silo migrate' ({build.Silo})");
    }

    /// <summary>Starts a silo of <paramref name="build"/> on the ports of a free slot and waits until it says it is up.</summary>
    /// <exception cref="InvalidOperationException">Every slot's silo is still running.</exception>
    public async Task<ChildProcess> StartSiloAsync(PlatformBuild build)
    {
        var name = $"silo-{build.Name}-{Interlocked.Increment(ref _started)}";
        var slot = _silos.FirstOrDefault(s => s.Process is null || s.Process.HasExited)
            ?? throw new InvalidOperationException($"All {SiloSlots} silo slots are taken: stop a silo before starting {name}.");
        var environment = PlatformEnvironment.Silo(ClusterEnvironment(), ConnectionString, slot.SiloPort, slot.GatewayPort, slot.HttpPort);
        var silo = _job.StartDotnet(name, build.Silo, [], environment);
        slot.Process = silo;
        await silo.WaitForOutputAsync("is up in PostgreSql mode", StartTimeout);
        _log.Info($"{name} is up (pid {silo.Id}, silo port {slot.SiloPort}, gateway port {slot.GatewayPort})");
        return silo;
    }

    // The session key ring of this run's gateways (made once, at the first gateway's start).
    private string? _sessionKeys;

    /// <summary>Starts a gateway of <paramref name="build"/> on a free port and waits until it is ready; returns its base address.</summary>
    public async Task<(ChildProcess Process, Uri Address)> StartGatewayAsync(PlatformBuild build)
    {
        var name = $"gateway-{build.Name}-{Interlocked.Increment(ref _started)}";
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        // A build that reads the membership table gets the database; one that finds the silos through configured
        // endpoints gets every slot's gateway port, and no database.
        _sessionKeys ??= await PlatformSteps.CreateSessionKeysAsync(_job, StartTimeout);
        var environment = PlatformEnvironment.Gateway(ClusterEnvironment(), IdentityAddress,
            build.GatewayReadsMembershipTable ? [] : _silos.Select(s => s.GatewayPort), _sessionKeys);
        if (build.GatewayReadsMembershipTable)
        {
            environment["Recognition__ConnectionString"] = ConnectionString;
        }

        var gateway = _job.StartDotnet(name, build.Gateway, ["--urls", address.ToString().TrimEnd('/')], environment);
        await GatewayReady.WaitAsync(gateway, new Uri(address, "/health/ready"), StartTimeout);
        _log.Info($"{name} is ready at {address} (pid {gateway.Id})");
        return (gateway, address);
    }

    /// <summary>SIGTERM (a graceful leave, as Kubernetes stops a pod), waiting until it has exited; returns its exit code.</summary>
    public async Task<int> StopAsync(ChildProcess process)
    {
        await process.StopAsync(StopGrace);
        var exitCode = await process.Exited;
        _log.Info($"stopped {process.Name} (pid {process.Id}) with SIGTERM: exit code {exitCode}");
        return exitCode;
    }

    /// <summary>Runs a command of the build's silo program (e.g. <c>projections reconcile</c>) to its end; returns it.</summary>
    public async Task<ChildProcess> RunSiloCommandAsync(PlatformBuild build, string name, IEnumerable<string> arguments)
    {
        var command = _job.StartDotnet(name, build.Silo, arguments, PlatformEnvironment.Common());
        await command.Exited.WaitAsync(StartTimeout);
        return command;
    }

    /// <summary>The tail of every process's output (running or exited), for a failure report.</summary>
    public string DescribeProcesses() => PlatformSteps.DescribeProcesses(_job);

    public ValueTask DisposeAsync() => PlatformSteps.TearDownAsync(_job, _server, ConnectionString, DeleteLogsOnDispose);

    private Dictionary<string, string> ClusterEnvironment() => PlatformEnvironment.Cluster(ClusterId, _liveness);
}
