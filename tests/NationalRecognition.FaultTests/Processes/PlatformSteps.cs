using System.Text;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// The deployment steps a fault test takes before its silos start (the schema, then the identity provider), and what
/// every cluster of processes does at its end (the report of its processes, the tear-down).
/// </summary>
internal static class PlatformSteps
{
    /// <summary>Runs <c>Silo migrate</c> of <paramref name="siloDll"/> (a deployment's migration Job) and waits for it.</summary>
    /// <exception cref="InvalidOperationException">It exited with an error; the message carries its output.</exception>
    public static async Task MigrateAsync(ProcessJob job, string name, string siloDll, string connectionString, TimeSpan timeout)
    {
        var migrate = job.StartDotnet(name, siloDll, ["migrate", "--connection-string", connectionString], PlatformEnvironment.Common());
        var exitCode = await migrate.Exited.WaitAsync(timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{name} ({siloDll}) exited with {exitCode}.{Environment.NewLine}{migrate.Tail()}");
        }
    }

    /// <summary>
    /// Makes the session key ring every gateway of the run reads (<c>Gateway session-keys</c>, as an operator fills the
    /// Kubernetes Secret); returns its folder.
    /// </summary>
    public static async Task<string> CreateSessionKeysAsync(ProcessJob job, TimeSpan timeout)
    {
        var directory = Path.Combine(job.LogDirectory, "session-keys");
        var command = job.StartDotnet("session-keys", BuildOutputs.Gateway, ["session-keys", "--directory", directory], PlatformEnvironment.Common());
        var exitCode = await command.Exited.WaitAsync(timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Gateway session-keys exited with {exitCode}.{Environment.NewLine}{command.Tail()}");
        }

        return directory;
    }

    /// <summary>Starts the stand-in OpenID Connect provider on a free port; returns its issuer.</summary>
    public static async Task<Uri> StartIdentityProviderAsync(ProcessJob job, TimeSpan timeout)
    {
        var identity = job.StartDotnet("identity", BuildOutputs.StandInIdentity, ["--urls", "http://127.0.0.1:0"], PlatformEnvironment.Common());
        var line = await identity.WaitForOutputAsync("Issuer: ", timeout);
        return new Uri(line[(line.IndexOf("Issuer: ", StringComparison.Ordinal) + "Issuer: ".Length)..].Trim());
    }

    /// <summary>The tail of every process's output (running or exited), for a failure report.</summary>
    public static string DescribeProcesses(ProcessJob job)
    {
        var text = new StringBuilder();
        foreach (var child in job.Children)
        {
            text.AppendLine(child.Tail());
        }

        return text.ToString();
    }

    /// <summary>Stops every process, drops the run's database and, after a clean run, deletes the logs.</summary>
    public static async ValueTask TearDownAsync(ProcessJob job, PostgreSqlServer server, string connectionString, bool deleteLogs)
    {
        await job.DisposeAsync();
        await server.DropDatabaseAsync(connectionString);
        if (deleteLogs)
        {
            try
            {
                Directory.Delete(job.LogDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Logs of a finished run; the temp folder's owner may clean them.
            }
        }
    }
}
