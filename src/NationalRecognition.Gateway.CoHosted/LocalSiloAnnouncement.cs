namespace NationalRecognition.Gateway.CoHosted;

/// <summary>
/// Says, once the co-hosted silo of local mode is up, where it listens and which cluster id it made for itself: both
/// are chosen afresh at each start, and an operator looking at the ports in use needs to know whose they are.
/// </summary>
internal sealed partial class LocalSiloAnnouncement(ILocalSiloDetails silo, ILogger<LocalSiloAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLocalSilo(logger, silo.SiloAddress.Endpoint.ToString(), silo.GatewayAddress?.Endpoint.ToString() ?? "none", silo.ClusterId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Local mode: this gateway hosts a silo with silo endpoint {SiloEndpoint}, gateway {GatewayEndpoint}, cluster {ClusterId}; nothing is stored.")]
    private static partial void LogLocalSilo(ILogger logger, string siloEndpoint, string gatewayEndpoint, string clusterId);
}
