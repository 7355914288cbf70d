using NationalRecognition.Contracts.Common;
using NationalRecognition.ServiceDefaults.Operations;

namespace NationalRecognition.Gateway.OperatorViews;

/// <summary>
/// <c>/metrics</c> on the gateway's public port. A client-only gateway exports no business meter (those are counted in
/// the silos, whose scrape endpoint is on their own port inside the cluster), so its scrape stays open. A gateway that
/// hosts a silo (<see cref="SiloInThisProcess"/>: local mode, ADR 0008's layout) exports the silo's exact business
/// counters — decisions by outcome, refusals by clause, submissions, feed records — on the public port, so its scrape
/// needs the operator's role (a platform administrator's token; Prometheus sends it as a bearer token).
/// </summary>
public static class MetricsEndpoint
{
    public static WebApplication MapGatewayMetrics(this WebApplication app)
    {
        var metrics = app.MapPlatformMetricsEndpoint(app.Configuration);
        if (app.Services.GetService<SiloInThisProcess>() is not null)
        {
            metrics?.RequireAuthorization(policy => policy.RequireRole(nameof(ActorRole.PlatformAdministrator)));
        }

        return app;
    }
}

/// <summary>Registered by a gateway that hosts a silo in its own process: its <c>/metrics</c> carries the silo's business meters.</summary>
public sealed class SiloInThisProcess;
