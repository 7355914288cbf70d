using NationalRecognition.Gateway.Api;
using NationalRecognition.Gateway.Calls;
using NationalRecognition.Gateway.Dashboard;
using NationalRecognition.Gateway.Export;
using NationalRecognition.Gateway.Feed;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Health;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.Gateway.OperatorViews;
using NationalRecognition.Gateway.People;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Sessions;
using NationalRecognition.Gateway.WebApp;
using NationalRecognition.ServiceDefaults.Operations;

namespace NationalRecognition.Gateway;

/// <summary>The gateway's composition: what Program.cs calls.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>The OpenTelemetry service name of gateways.</summary>
    public const string ServiceName = "recognition-gateway";

    /// <summary>Where the gateway listens when neither ASPNETCORE_URLS, --urls nor HTTP_PORTS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    // Settings by which ASP.NET Core picks its addresses (ASPNETCORE_URLS and --urls both land in "urls").
    private static readonly string[] UrlSettings = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// Registers security, the GraphQL API and the health checks; the host adds how the grains are reached (the
    /// client-only gateway: <c>AddClusterClient</c>; the co-hosted host: its silo).
    /// </summary>
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        UseDefaultUrlUnlessConfigured(builder);
        builder.AddPlatformWebTelemetry(ServiceName);
        builder.AddPlatformShutdown();

        // Orleans' in-memory storage runs every write through a Polly pipeline that logs each attempt at Information.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.AddGatewayHttpLimits();
        builder.Services.AddSingleton<PlatformClient>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddGatewaySecurity(builder.Configuration);
        builder.Services.AddSingleton<PlatformRolesCache>();
        builder.Services.AddSingleton<IPersonRoleResolution, PersonRoleResolution>();
        builder.Services.AddGatewayGraphQL(builder.Configuration);
        builder.Services.AddSingleton<NationalRecognition.GraphQLOverHttp.IPersistedDocuments, PersistedDocuments>();
        builder.Services.AddCertificateStream(builder.Configuration);
        builder.Services.AddGatewayHealthChecks();
        return builder;
    }

    /// <summary>
    /// The request's language, error bodies and request limits, authentication and rate limiting, then the GraphQL
    /// endpoint (with GraphiQL), the certificate stream, the health endpoints, <c>/metrics</c> (administrators only when
    /// a silo runs in this process) and the Orleans Dashboard (administrators only).
    /// </summary>
    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        app.UseRequestLanguages();
        app.UseGatewayErrorBodies();
        app.UseGatewaySecurity();
        app.MapBrowserSessions();
        app.MapWebApp();
        app.MapGatewayGraphQL();
        app.MapCertificateStream();
        app.MapStatisticsExport();
        app.MapDashboard();
        app.MapGatewayHealthChecks();
        app.MapGatewayMetrics();
        app.MapOrleansOperatorDashboard();
        return app;
    }

    private static void UseDefaultUrlUnlessConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = UrlSettings.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
