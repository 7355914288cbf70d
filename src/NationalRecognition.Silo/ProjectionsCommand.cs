using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Persistence.ReadModels;
using NationalRecognition.ServiceDefaults.Cluster;
using Npgsql;

namespace NationalRecognition.Silo;

/// <summary>
/// <c>NationalRecognition.Silo projections status|rebuild|reconcile [--projection name] [--connection-string ...]</c>: how far
/// each read model is behind the event log, a rebuild of a read model from the first event, and the statistics'
/// reconciliation (a recount of the log compared with the aggregates; <c>--rebuild</c> repairs a drift). The read models
/// are the silos' own (<see cref="PostgreSqlReadModels"/>). A rebuild can run while the silos run: their projectors and
/// this command take batches in turn, never the same one twice.
/// </summary>
public static class ProjectionsCommand
{
    private const string ConnectionStringKey = PlatformClusterOptions.SectionName + ":ConnectionString";

    public static Command Create()
    {
        var connectionString = new Option<string?>("--connection-string") { Description = "Npgsql connection string; defaults to Recognition__ConnectionString." };
        var projection = new Option<string?>("--projection") { Description = $"One read model ({string.Join(", ", Names())}); all when omitted." };

        var status = new Command("status", "Print how many events each projection has yet to apply, and the age of the oldest.");
        status.Options.Add(connectionString);
        status.Options.Add(projection);
        status.SetAction((result, token) => RunAsync(result, connectionString, projection, rebuild: false, token));

        var rebuild = new Command("rebuild", "Empty a projection and apply the whole event log to it again.");
        rebuild.Options.Add(connectionString);
        rebuild.Options.Add(projection);
        rebuild.SetAction((result, token) => RunAsync(result, connectionString, projection, rebuild: true, token));

        var repair = new Option<bool>("--rebuild") { Description = "Rebuild the statistics from the log when they drifted." };
        var reconcile = new Command("reconcile", "Recount the statistics from the event log, compare them with the stored aggregates and report every drift.");
        reconcile.Options.Add(connectionString);
        reconcile.Options.Add(repair);
        reconcile.SetAction((result, token) => ReconcileAsync(result, connectionString, repair, token));

        return new Command("projections", "The read models fed from the event log.") { status, rebuild, reconcile };
    }

    private static async Task<int> RunAsync(ParseResult result, Option<string?> connectionOption, Option<string?> projectionOption, bool rebuild, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var connectionString = result.GetValue(connectionOption) ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync($"{ConnectionStringKey} isn't configured: pass --connection-string or set Recognition__ConnectionString.");
            return 2;
        }

        var name = result.GetValue(projectionOption);
        await using var services = ReadModelsOver(connectionString);
        var store = services.GetRequiredService<IProjectorStore>();
        var readModels = services.GetServices<ReadModel>().ToList();
        var chosen = readModels.Where(r => name is null || r.Name == name).ToList();
        if (chosen.Count == 0)
        {
            await error.WriteLineAsync($"There is no projection '{name}'; known: {string.Join(", ", readModels.Select(r => r.Name))}.");
            return 2;
        }

        try
        {
            foreach (var readModel in chosen)
            {
                if (rebuild)
                {
                    await RebuildAsync(store, readModel, output, cancellationToken);
                }

                var lag = await store.StatusAsync(readModel, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{lag.Projection}: {lag.EventsBehind} event(s) behind, oldest unapplied {lag.OldestUnappliedAge.TotalSeconds:0.0} s old."));
            }

            return 0;
        }
        catch (NpgsqlException exception)
        {
            await error.WriteLineAsync($"Could not reach PostgreSQL: {exception.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Exit codes: 0 exact (or rebuilt and exact after), 3 drift found and left as it is, 1 PostgreSQL unreachable,
    /// 2 bad arguments.
    /// </summary>
    private static async Task<int> ReconcileAsync(ParseResult result, Option<string?> connectionOption, Option<bool> repairOption, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var connectionString = result.GetValue(connectionOption) ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync($"{ConnectionStringKey} isn't configured: pass --connection-string or set Recognition__ConnectionString.");
            return 2;
        }

        await using var services = ReadModelsOver(connectionString);
        var statistics = services.GetRequiredService<IStatisticsQueries>();
        try
        {
            var report = await statistics.ReconcileAsync(cancellationToken);
            await Report(report, output);
            if (report.IsExact)
            {
                return 0;
            }

            if (!result.GetValue(repairOption))
            {
                await output.WriteLineAsync("Run again with --rebuild to rebuild the statistics from the log.");
                return 3;
            }

            var readModel = services.GetServices<ReadModel>().Single(r => r.Name == StatisticsProjection.ProjectionName);
            await RebuildAsync(services.GetRequiredService<IProjectorStore>(), readModel, output, cancellationToken);
            var after = await statistics.ReconcileAsync(cancellationToken);
            await Report(after, output);
            return after.IsExact ? 0 : 3;
        }
        catch (NpgsqlException exception)
        {
            await error.WriteLineAsync($"Could not reach PostgreSQL: {exception.Message}");
            return 1;
        }
    }

    private static async Task Report(StatisticsReconciliation report, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"statistics: {report.EventsRecounted} event(s) recounted, {report.RowsCompared} aggregate row(s) compared, {report.Drifts.Count} drifted."));
        foreach (var drift in report.Drifts.Take(50))
        {
            await output.WriteLineAsync($"  drift {drift.Key.Facet} {drift.Key.Group}:\n    stored    {drift.Stored}\n    recounted {drift.Recounted}");
        }

        if (report.Drifts.Count > 50)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  … and {report.Drifts.Count - 50} more."));
        }
    }

    /// <summary>The silos' read models over the database (its data source is disposed with the container).</summary>
    private static ServiceProvider ReadModelsOver(string connectionString) =>
        new ServiceCollection().AddSingleton(_ => NpgsqlDataSource.Create(connectionString)).AddPostgreSqlReadModels().BuildServiceProvider();

    private static List<string> Names()
    {
        using var services = new ServiceCollection().AddPostgreSqlReadModels().BuildServiceProvider();
        return services.GetServices<IProjection>().Select(p => p.Name).ToList();
    }

    private static async Task RebuildAsync(IProjectorStore store, ReadModel readModel, TextWriter output, CancellationToken cancellationToken)
    {
        await store.ResetAsync(readModel, cancellationToken);
        long applied = 0;
        int batch;
        while ((batch = await store.ApplyNextBatchAsync(readModel, 5000, cancellationToken)) > 0)
        {
            applied += batch;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{readModel.Name}: rebuilt from {applied} event(s)."));
    }
}
