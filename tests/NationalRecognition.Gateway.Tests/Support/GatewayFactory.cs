using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Gateway.CoHosted;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.GraphQLOverHttp;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>
/// The real gateway in memory with its co-hosted local silo, in the Production environment (what the public sees:
/// no exception details).
/// <see cref="WithProbes"/> adds test-only root fields (failing, echo, one real grain call) to the real Query root and
/// can change the endpoint's limits (tested on their own in tests/NationalRecognition.GraphQLOverHttp.Tests).
/// </summary>
public class GatewayFactory : WebApplicationFactory<CoHostedProgram>
{
    private readonly bool _probes;
    private readonly Action<GraphQLEndpointOptions>? _configure;
    private readonly string _environment;

    public GatewayFactory()
        : this(probes: false, configure: null, environment: "Production")
    {
    }

    protected GatewayFactory(bool probes, Action<GraphQLEndpointOptions>? configure, string environment)
    {
        _probes = probes;
        _configure = configure;
        _environment = environment;
    }

    public static GatewayFactory WithProbes(Action<GraphQLEndpointOptions>? configure = null,
        string environment = "Production") => new(probes: true, configure, environment);

    /// <summary>Lets the co-hosted silo's projector apply everything committed, as it does on its own within its staleness bound.</summary>
    public Task CatchUpAsync() =>
        Services.GetRequiredService<NationalRecognition.Grains.ReadModels.Projector.ProjectorService>().CatchUpAsync(CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);

        // Each factory co-hosts its own local silo (all-in-one mode) on ports of its own, without demo data.
        builder.UseSetting("Recognition:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Recognition:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Recognition:Demo:Enabled", "false");
        builder.UseSetting("Recognition:Demo:SyntheticApplications", "0");

        // Tokens in tests are signed with a known local key; the rate limiter has tests of its own.
        builder.UseSetting("Authentication:Jwt:LocalSigningKey", Security.SecureHost.TestKey);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            if (_configure is not null)
            {
                services.Configure(_configure);
            }

            if (_probes)
            {
                services.AddSingleton<PlatformQuery, ProbeQuery>();
            }
        });
    }
}
