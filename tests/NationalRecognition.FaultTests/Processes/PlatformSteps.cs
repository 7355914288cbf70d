namespace NationalRecognition.FaultTests.Processes;

/// <summary>The deployment steps a fault test takes before its silos start: the schema, then the identity provider.</summary>
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

    /// <summary>Starts the stand-in OpenID Connect provider on a free port; returns its issuer.</summary>
    public static async Task<Uri> StartIdentityProviderAsync(ProcessJob job, TimeSpan timeout)
    {
        var identity = job.StartDotnet("identity", BuildOutputs.StandInIdentity, ["--urls", "http://127.0.0.1:0"], PlatformEnvironment.Common());
        var line = await identity.WaitForOutputAsync("Issuer: ", timeout);
        return new Uri(line[(line.IndexOf("Issuer: ", StringComparison.Ordinal) + "Issuer: ".Length)..].Trim());
    }
}
