using NationalRecognition.FaultTests.Processes;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Browser;

/// <summary>
/// The platform as <c>scripts/run.sh</c> starts it, as a process: the gateway with its silo in local mode, demo data and
/// the development identity provider, on a free loopback port (plain HTTP, so the session cookie is not Secure, as in
/// local mode). Shared by the tests of one class; its output is kept in the test's temporary folder.
/// </summary>
public sealed class LocalPlatform : IAsyncLifetime, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private ProcessJob? _job;

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePorts.Next()}");

    public async Task InitializeAsync()
    {
        _job = new ProcessJob(Path.Combine(Path.GetTempPath(), "nationalrecognition-browser", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}"));
        var environment = PlatformEnvironment.Common();
        environment["Authentication__Jwt__LocalKeyFile"] = Path.Combine(_job.LogDirectory, "local-jwt.key");
        environment["Authentication__Session__KeyRingDirectory"] = Path.Combine(_job.LogDirectory, "session-keys");
        environment["Authentication__Session__GenerateKeys"] = "true";
        // The hand-made demo cases only: the synthetic activity (thousands of applications seeded in the background) takes
        // both cores of a CI machine for a minute or two after start-up, and these tests need none of it.
        environment["Recognition__Demo__SyntheticApplications"] = "0";
        var gateway = _job.StartDotnet("local-gateway", BuildOutputs.CoHostedGateway, ["--urls", Address.ToString().TrimEnd('/')], environment);
        await GatewayReady.WaitAsync(gateway, new Uri(Address, "/health/ready"), StartTimeout);
        await gateway.WaitForOutputAsync("Demo data ready", StartTimeout);
    }

    public Task DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_job is not null)
        {
            await _job.DisposeAsync();
        }
    }
}
