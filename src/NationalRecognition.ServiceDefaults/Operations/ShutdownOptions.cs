namespace NationalRecognition.ServiceDefaults.Operations;

/// <summary>
/// How a process stops on SIGTERM (section <c>Shutdown</c>; docs/operations.md, "Stopping and restarting"). Readiness
/// turns false at once; after <see cref="DrainDelay"/> the HTTP server stops accepting connections and lets the
/// requests in flight finish, then the silo leaves the cluster (its activations deactivate, its membership row turns
/// Dead) or the Orleans client disconnects. All of it must fit in <see cref="Timeout"/>.
/// </summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>The whole stop, drain delay included (HostOptions.ShutdownTimeout). Keep it below Kubernetes' grace period.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time between "not ready" and "stop accepting", for load balancers to notice the probe (Kubernetes removes a pod
    /// from its Service a few seconds after SIGTERM). 0 by default; 5 s behind a Kubernetes Service.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}
