using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// The platform as it is deployed, on one machine: a fresh database on the throw-away PostgreSQL server with the
/// schema applied by <c>Silo migrate</c>, the stand-in OpenID Connect provider, N silo processes in PostgreSQL mode
/// (one unique ClusterId, free loopback ports) and one gateway process pointed at the provider and at every silo's
/// gateway port. Silos can be killed (SIGKILL), started again on the same ports (so the gateway's list still names
/// them), and the whole platform restarted.
/// </summary>
public sealed class FaultCluster : IProcessCluster, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly PostgreSqlServer _server;
    private readonly ProcessJob _job;
    private readonly PhaseLog _log;
    private readonly SiloSlot[] _silos;
    private readonly int _gatewayHttpPort = FreePorts.Next();
    private ChildProcess? _gateway;
    private int _gatewayStarts;
    private string _sessionKeys = null!;

    private FaultCluster(PostgreSqlServer server, string connectionString, int siloCount, PhaseLog log)
    {
        _server = server;
        ConnectionString = connectionString;
        _log = log;
        _job = new ProcessJob(Path.Combine(Path.GetTempPath(), "nationalrecognition-fault",
            $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{ClusterId}"));
        _silos = [.. Enumerable.Range(0, siloCount).Select(i => new SiloSlot(i, FreePorts.Next(), FreePorts.Next(), FreePorts.Next()))];
        GatewayAddress = new Uri($"http://127.0.0.1:{_gatewayHttpPort}");
    }

    /// <summary>The cluster's database.</summary>
    public string ConnectionString { get; }

    /// <summary>The PostgreSQL server the cluster's database lives on (the database crash test crashes and restarts its own).</summary>
    public PostgreSqlServer DatabaseServer => _server;

    /// <summary>Unique per run, so no other silo on this machine can join (see dependency facts: shared ports).</summary>
    public string ClusterId { get; } = $"fault-{Guid.NewGuid():N}"[..18];

    /// <summary>The gateway's base address (POST /graphql).</summary>
    public Uri GatewayAddress { get; }

    /// <summary>The stand-in identity provider's issuer (POST /token).</summary>
    public Uri IdentityAddress { get; private set; } = null!;

    public int SiloCount => _silos.Length;

    /// <summary>Where every process's output is written.</summary>
    public string LogDirectory => _job.LogDirectory;

    /// <summary>Whether the output files are deleted on dispose (set after a successful run).</summary>
    public bool DeleteLogsOnDispose { get; set; }

    /// <summary>
    /// Creates the database, applies the schema and starts the identity provider, the silos and the gateway. Failure
    /// detection and timeouts are the shipped ones: nothing is set, so silos and gateway take the PostgreSQL-mode
    /// defaults that the deployment's ConfigMap writes out (docs/operations.md, "Failover").
    /// </summary>
    /// <param name="siloCount">Silo processes to start.</param>
    /// <param name="log">Where the phases and process events are told.</param>
    /// <param name="server">The PostgreSQL server to create the database on: the test process's shared one when null.</param>
    public static async Task<FaultCluster> StartAsync(int siloCount, PhaseLog log, PostgreSqlServer? server = null)
    {
        server ??= await PostgreSqlServer.GetSharedAsync();
        var connectionString = await server.CreateDatabaseAsync("fault");
        var cluster = new FaultCluster(server, connectionString, siloCount, log);
        try
        {
            log.Info($"database {new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database}, cluster {cluster.ClusterId}, logs in {cluster.LogDirectory}");
            await cluster.MigrateAsync();
            await cluster.StartIdentityProviderAsync();
            cluster._sessionKeys = await PlatformSteps.CreateSessionKeysAsync(cluster._job, StartTimeout);

            // The gateway keeps trying to reach the cluster while the silos start, as in a deployment.
            await Task.WhenAll(cluster._silos.Select(s => cluster.StartSiloAsync(s.Index)).Append(cluster.StartGatewayAsync()));
            return cluster;
        }
        catch
        {
            log.Info(cluster.DescribeProcesses());
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL of one silo: no graceful leave, its membership row stays Active until the others vote it dead.</summary>
    public void KillSilo(int index)
    {
        var silo = _silos[index].Process ?? throw new InvalidOperationException($"Silo {index} is not running.");
        silo.Kill();
        _log.Info($"killed {silo.Name} (pid {silo.Id}, ports {_silos[index].SiloPort}/{_silos[index].GatewayPort}) with SIGKILL");
    }

    /// <summary>SIGTERM to one silo (a graceful leave), waiting until it has exited; returns its exit code.</summary>
    public async Task<int> StopSiloAsync(int index)
    {
        var silo = _silos[index].Process ?? throw new InvalidOperationException($"Silo {index} is not running.");
        await silo.StopAsync(StopGrace);
        var exitCode = await silo.Exited;
        _log.Info($"stopped {silo.Name} (pid {silo.Id}) with SIGTERM: exit code {exitCode}");
        return exitCode;
    }

    /// <summary>
    /// Starts silo <paramref name="index"/> (again) on its ports and waits until it says it is up. A silo that the
    /// cluster declares dead while it joins (a missed 1 s probe on a machine busy with other work) stops itself, and
    /// is started again, as the deployment's restart policy does; each such start is logged.
    /// </summary>
    public async Task StartSiloAsync(int index)
    {
        const int attempts = 5;
        var slot = _silos[index];
        for (var attempt = 1; ; attempt++)
        {
            slot.Starts++;
            var process = _job.StartDotnet($"silo-{index}#{slot.Starts}", BuildOutputs.Silo, [], SiloEnvironment(slot));
            slot.Process = process;
            try
            {
                await process.WaitForOutputAsync("is up in PostgreSql mode", StartTimeout);
                _log.Info($"{process.Name} is up (pid {process.Id}, silo port {slot.SiloPort}, gateway port {slot.GatewayPort})");
                return;
            }
            catch (InvalidOperationException) when (attempt < attempts && process.Tail().Contains("I have been told I am dead", StringComparison.Ordinal))
            {
                _log.Info($"{process.Name} was declared dead while joining and stopped itself; starting it again (the restart policy's part)");
            }
        }
    }

    /// <summary>Stops the gateway and every silo gracefully (SIGTERM), then starts them all again (together).</summary>
    public async Task RestartEverythingAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.StopAsync(StopGrace);
        }

        await Task.WhenAll(_silos.Where(s => s.Process is not null).Select(s => s.Process!.StopAsync(StopGrace)));
        _log.Info($"stopped the gateway and {_silos.Length} silos (exit codes: {string.Join(", ", _silos.Select(s => s.Process?.Exited.Result))})");
        await Task.WhenAll(_silos.Select(s => StartSiloAsync(s.Index)).Append(StartGatewayAsync()));
    }

    /// <summary>Starts another program of the platform (a tool such as the importer) as a child of this run.</summary>
    public ChildProcess StartTool(string name, string dll, IEnumerable<string> arguments) =>
        _job.StartDotnet(name, dll, arguments, PlatformEnvironment.Common());

    /// <summary>The tail of every process's output (running or exited), for a failure report.</summary>
    public string DescribeProcesses() => PlatformSteps.DescribeProcesses(_job);

    public ValueTask DisposeAsync() => PlatformSteps.TearDownAsync(_job, _server, ConnectionString, DeleteLogsOnDispose);

    private async Task MigrateAsync()
    {
        await PlatformSteps.MigrateAsync(_job, "migrate", BuildOutputs.Silo, ConnectionString, StartTimeout);
        _log.Info($"schema applied by 'Silo migrate' ({BuildOutputs.Silo})");
    }

    private async Task StartIdentityProviderAsync()
    {
        IdentityAddress = await PlatformSteps.StartIdentityProviderAsync(_job, StartTimeout);
        _log.Info($"stand-in identity provider at {IdentityAddress}");
    }

    private async Task StartGatewayAsync()
    {
        _gatewayStarts++;
        _gateway = _job.StartDotnet($"gateway#{_gatewayStarts}", BuildOutputs.Gateway,
            ["--urls", GatewayAddress.ToString().TrimEnd('/')],
            GatewayEnvironment());
        await GatewayReady.WaitAsync(_gateway, new Uri(GatewayAddress, "/health/ready"), StartTimeout);
        _log.Info($"{_gateway.Name} is ready at {GatewayAddress} (pid {_gateway.Id})");
    }

    /// <summary>
    /// Starts another gateway replica (same settings and session key ring as the first, its own port) and waits until it
    /// is ready; returns its base address. It lives as long as the cluster.
    /// </summary>
    public async Task<Uri> StartReplicaGatewayAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var replica = _job.StartDotnet($"gateway-replica-{Interlocked.Increment(ref _gatewayStarts)}", BuildOutputs.Gateway,
            ["--urls", address.ToString().TrimEnd('/')], GatewayEnvironment());
        await GatewayReady.WaitAsync(replica, new Uri(address, "/health/ready"), StartTimeout);
        _log.Info($"{replica.Name} is ready at {address} (pid {replica.Id})");
        return address;
    }

    private Dictionary<string, string> GatewayEnvironment() =>
        PlatformEnvironment.Gateway(ClusterEnvironment(), IdentityAddress, _silos.Select(s => s.GatewayPort), _sessionKeys);

    private Dictionary<string, string> SiloEnvironment(SiloSlot slot) =>
        PlatformEnvironment.Silo(ClusterEnvironment(), ConnectionString, slot.SiloPort, slot.GatewayPort, slot.HttpPort);

    private Dictionary<string, string> ClusterEnvironment() => PlatformEnvironment.Cluster(ClusterId);
}
