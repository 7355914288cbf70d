using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Gateway.CoHosted;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Testing;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NationalRecognition.Gateway.Tests.Observability;

/// <summary>
/// The real gateway in PostgreSQL mode with a silo of the cluster in its own process (so a request's grain calls and
/// SQL commands happen here), on a throw-away database, its telemetry captured by in-memory exporters placed after the
/// platform's own processors, exactly where the OTLP exporter sits. Tokens are the tests' local ones: PostgreSQL mode
/// refuses local tokens by configuration, so the test replaces the provider's keys with the test key after start-up
/// validation.
/// </summary>
public sealed class TelemetryGatewayFactory(string connectionString) : WebApplicationFactory<CoHostedProgram>
{
    public CapturedTelemetry Captured { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Recognition:Mode", "PostgreSql");
        builder.UseSetting("Recognition:ConnectionString", connectionString);
        builder.UseSetting("Recognition:ClusterId", $"telemetry-{Guid.NewGuid():N}"[..20]);
        builder.UseSetting("Recognition:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Recognition:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Authentication:Jwt:Authority", "http://127.0.0.1:9/");
        builder.UseSetting("Authentication:Jwt:RequireHttpsMetadata", "false");

        // The tests mint role tokens with the local issuer: its role claims are honoured, as for any development issuer.
        builder.UseSetting("Authentication:Jwt:RoleClaimIssuers:0", new GatewayJwtOptions().EffectiveIssuer);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            {
                var local = new GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey };
                bearer.Authority = null;
                bearer.ConfigurationManager = null;
                bearer.TokenValidationParameters.ValidIssuer = local.EffectiveIssuer;
                bearer.TokenValidationParameters.IssuerSigningKey = LocalSigningKey.Resolve(local);
                bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            });
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Captured.Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Captured.Metrics));
            services.ConfigureOpenTelemetryLoggerProvider(logging =>
                logging.AddProcessor(new SimpleLogRecordExportProcessor(new CapturedTelemetry.LogExporter(Captured))));
        });
    }
}
