using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace NationalRecognition.Testing;

/// <summary>
/// A PostgreSQL server for tests: the one named by <c>RECOGNITION_TEST_POSTGRES</c>, or else a private
/// throw-away server started from <c>/usr/lib/postgresql/15/bin</c> on a free 127.0.0.1 port.
/// One server is shared per test process (<see cref="GetSharedAsync"/>); each fixture gets its own database. A test that
/// crashes the server starts a private one of its own (<see cref="StartPrivateAsync"/>).
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    /// <summary>Environment variable holding a connection string to an existing server (a user allowed to create databases).</summary>
    public const string ConnectionStringVariable = "RECOGNITION_TEST_POSTGRES";

    /// <summary>Where Debian's postgresql-15 package installs initdb and pg_ctl.</summary>
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    // Every private server lives under this folder with an owner marker, so a later run can stop
    // servers left behind by a test process that crashed.
    private const string OwnerMarkerFile = "owner.pid";
    private static readonly string ServersRoot = Path.Combine(Path.GetTempPath(), "nationalrecognition-pg");
    private static readonly Lazy<Task<PostgreSqlServer>> Shared = new(() => StartAsync());

    private readonly string? _directory;
    private readonly PostgreSqlDurability _durability;
    private int _disposed;

    private PostgreSqlServer(string adminConnectionString, string? directory, PostgreSqlDurability durability = PostgreSqlDurability.Fast)
    {
        AdminConnectionString = adminConnectionString;
        _directory = directory;
        _durability = durability;
    }

    /// <summary>Connection string to the server's maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this process started the server (and will stop it).</summary>
    public bool IsPrivate => _directory is not null;

    /// <summary>The server shared by every fixture of this test process; stopped when the process exits.</summary>
    public static Task<PostgreSqlServer> GetSharedAsync() => Shared.Value;

    /// <summary>Uses the server named by the environment variable, or starts a private one.</summary>
    /// <exception cref="InvalidOperationException">Neither a connection string nor PostgreSQL binaries are available.</exception>
    public static async Task<PostgreSqlServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgreSqlServer(external, null);
        }

        return await StartPrivateAsync(PostgreSqlDurability.Fast, cancellationToken);
    }

    /// <summary>
    /// Starts a private server of this process's own, whatever <c>RECOGNITION_TEST_POSTGRES</c> says: one that a test may
    /// crash (<see cref="CrashAsync"/>) and start again. The caller disposes it.
    /// </summary>
    /// <param name="durability">Whether an acknowledged commit must survive a crash (<see cref="PostgreSqlDurability.Durable"/>).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The PostgreSQL binaries are not installed.</exception>
    public static async Task<PostgreSqlServer> StartPrivateAsync(PostgreSqlDurability durability, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(BinDirectory, "pg_ctl")) || !File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL. Either set {ConnectionStringVariable} to a connection string of a server " +
                "where the user may create databases, or install PostgreSQL 15 (apt-get install postgresql-15) so that " +
                $"{BinDirectory}/initdb and pg_ctl exist.");
        }

        await RemoveStaleServersAsync(cancellationToken);

        var directory = Path.Combine(ServersRoot, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, OwnerMarkerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);

        // The server refuses to run as root: CI runs as root, so the files go to the postgres user.
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false, cancellationToken);
        }

        var dataDirectory = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(BinDirectory, "initdb"),
            ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync", "--no-instructions"],
            IsRoot, cancellationToken);

        var server = new PostgreSqlServer(string.Empty, directory, durability);
        var port = await server.StartServerAsync(dataDirectory, directory, cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;

        var started = new PostgreSqlServer(connectionString, directory, durability);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => started.Stop();
        return started;
    }

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose, CancellationToken cancellationToken = default)
    {
        var name = DatabaseName(purpose);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static string DatabaseName(string purpose)
    {
        var cleaned = new string([.. purpose.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))]);
        var name = $"nr_{cleaned}_{Guid.NewGuid():N}";
        return name.Length <= 63 ? name : name[..63];
    }

    /// <summary>
    /// Crashes this private server as a power cut would: <c>pg_ctl -m immediate stop</c> (backends killed, no checkpoint,
    /// WAL not yet written lost), run out of this process. <see cref="RestartAsync"/> starts it again. Only a
    /// <see cref="PostgreSqlDurability.Durable"/> server keeps every commit it acknowledged through it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The server is not this process's own.</exception>
    public Task CrashAsync(CancellationToken cancellationToken = default) =>
        RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], IsRoot, cancellationToken);

    /// <summary>Starts this private server again after <see cref="CrashAsync"/>, on its port: it recovers from its WAL.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default)
    {
        var port = new NpgsqlConnectionStringBuilder(AdminConnectionString).Port;
        return RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(_directory!, "server.log"), "-w", "-t", "60", "-o", Settings(port, _directory!, _durability), "start"],
            IsRoot, cancellationToken);
    }

    private string DataDirectory => _directory is { } directory
        ? Path.Combine(directory, "data")
        : throw new InvalidOperationException($"Only a server this process started can be crashed: start one with {nameof(StartPrivateAsync)}.");

    // Fast: nothing is flushed, so a crash may lose what was acknowledged (tests that never crash the server are faster
    // for it). Durable: PostgreSQL's defaults, under which a commit is acknowledged only once its WAL is on disk.
    private static string Settings(int port, string directory, PostgreSqlDurability durability) => string.Join(' ',
        "-c listen_addresses=127.0.0.1",
        $"-c port={port}",
        $"-c unix_socket_directories={directory}",
        durability == PostgreSqlDurability.Durable ? "-c fsync=on" : "-c fsync=off",
        durability == PostgreSqlDurability.Durable ? "-c synchronous_commit=on" : "-c synchronous_commit=off",
        durability == PostgreSqlDurability.Durable ? "-c full_page_writes=on" : "-c full_page_writes=off",
        "-c max_connections=300");

    private async Task<int> StartServerAsync(string dataDirectory, string directory, CancellationToken cancellationToken)
    {
        // A free port can be taken between probing and binding; retry a few times.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePorts.Next();
            var settings = Settings(port, directory, _durability);
            try
            {
                await RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
                    ["-D", dataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", settings, "start"],
                    IsRoot, cancellationToken);
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The log says why; a port clash is the usual reason and another port fixes it.
            }
        }
    }

    private void Stop()
    {
        if (_directory is null || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        StopServerIn(_directory);
    }

    private static void StopServerIn(string directory)
    {
        var dataDirectory = Path.Combine(directory, "data");
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            try
            {
                RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"], IsRoot, CancellationToken.None)
                    .GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // Already stopped: deleting the folder below is all that is left to do.
            }
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is removed by the next run's stale-server sweep.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static Task RemoveStaleServersAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(ServersRoot))
        {
            return Task.CompletedTask;
        }

        foreach (var directory in Directory.GetDirectories(ServersRoot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var marker = Path.Combine(directory, OwnerMarkerFile);
            if (File.Exists(marker)
                && int.TryParse(File.ReadAllText(marker), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                && IsAlive(owner))
            {
                continue;
            }

            StopServerIn(directory);
        }

        return Task.CompletedTask;
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }


    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", fileName })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
