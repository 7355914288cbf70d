using NationalRecognition.Contracts.Common;
using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.Dashboard;

namespace NationalRecognition.Gateway.OperatorViews;

/// <summary>
/// The Orleans Dashboard (grains, silos, call rates and latencies) at <see cref="Path"/>, for platform administrators
/// only: it has no authentication of its own, so every request to it, page or API, needs an administrator's token.
/// </summary>
public static class OrleansDashboardEndpoints
{
    public const string Path = "/orleans-dashboard";

    public static WebApplication MapOrleansOperatorDashboard(this WebApplication app)
    {
        var options = app.Configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        if (options.OperatorDashboard)
        {
            app.MapOrleansDashboard(routePrefix: Path)
                .RequireAuthorization(policy => policy.RequireRole(nameof(ActorRole.PlatformAdministrator)));
        }

        return app;
    }
}
