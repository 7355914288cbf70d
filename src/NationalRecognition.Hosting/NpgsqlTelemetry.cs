using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NationalRecognition.Hosting;

/// <summary>
/// Npgsql's spans (one per command) and metrics (pool, commands) in the telemetry of a process that talks to
/// PostgreSQL. The shared set-up (ServiceDefaults) leaves them out, so that a process without Npgsql, the client-only
/// gateway, carries none of it (ADR 0010, ADR 0011). Takes effect only when telemetry is on.
/// </summary>
public static class NpgsqlTelemetry
{
    /// <summary>Adds Npgsql's activity source and meter to the process's tracer and meter providers.</summary>
    public static IServiceCollection AddNpgsqlTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddNpgsqlInstrumentation());
        return services;
    }
}
