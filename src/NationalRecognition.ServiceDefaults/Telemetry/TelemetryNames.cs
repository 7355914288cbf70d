namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>The activity sources and meters the platform listens to, its own and its libraries'.</summary>
public static class TelemetryNames
{
    /// <summary>The platform's own sources and meters all start with this (NationalRecognition.Projector, …).</summary>
    public const string Platform = "NationalRecognition";

    /// <summary>GraphQL.NET's execution span, named after the operation ("mutation SubmitApplication").</summary>
    public const string GraphQL = "GraphQL";

    /// <summary>Every command Npgsql sends (activity source and meter); listened to only where Npgsql is (a silo).</summary>
    public const string Npgsql = "Npgsql";

    /// <summary>Grain calls made by application code (Orleans activity propagation).</summary>
    public const string OrleansApplication = "Microsoft.Orleans.Application";

    /// <summary>Grain calls of Orleans' own system targets (membership, directory); only kept inside a request's trace.</summary>
    public const string OrleansRuntime = "Microsoft.Orleans.Runtime";

    /// <summary>Orleans' meter: messaging, activations, membership, storage latencies.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>ASP.NET Core's server span (also the source that outgoing HttpClient calls are recorded from).</summary>
    public const string AspNetCore = "Microsoft.AspNetCore";
}
