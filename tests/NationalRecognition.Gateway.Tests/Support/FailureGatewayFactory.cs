using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Gateway.Tests.Security;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>
/// The gateway with the probe fields whose co-hosted silo fails calls to <see cref="FailingGrains"/>' keys, a
/// response timeout of one second (so a slow grain times out quickly), and every log line captured.
/// </summary>
public sealed class FailureGatewayFactory() : GatewayFactory(probes: true, configure: null, environment: "Production")
{
    internal CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Recognition:Liveness:ResponseTimeout", "00:00:01");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IIncomingGrainCallFilter, FailingGrains>();
        });
    }
}
