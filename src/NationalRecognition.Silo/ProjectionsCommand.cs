using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Hosting;
using NationalRecognition.Persistence.EventLog;
using Npgsql;

namespace NationalRecognition.Silo;

/// <summary>
/// <c>NationalRecognition.Silo projections status|rebuild [--projection name] [--connection-string ...]</c>: how far
/// each projection is behind the event log, and a rebuild of a projection from the first event. A rebuild can run
/// while the silos run: their projectors and this command take batches in turn, never the same one twice.
/// </summary>
public static class ProjectionsCommand
{
    private const string ConnectionStringKey = RecognitionClusterOptions.SectionName + ":ConnectionString";

    private static readonly IProjection[] Projections = [new ListingProjection(), new AuditProjection()];

    public static Command Create()
    {
        var connectionString = new Option<string?>("--connection-string") { Description = "Npgsql connection string; defaults to Recognition__ConnectionString." };
        var projection = new Option<string?>("--projection") { Description = $"One projection ({string.Join(", ", Projections.Select(p => p.Name))}); all when omitted." };

        var status = new Command("status", "Print how many events each projection has yet to apply, and the age of the oldest.");
        status.Options.Add(connectionString);
        status.Options.Add(projection);
        status.SetAction((result, token) => RunAsync(result, connectionString, projection, rebuild: false, token));

        var rebuild = new Command("rebuild", "Empty a projection and apply the whole event log to it again.");
        rebuild.Options.Add(connectionString);
        rebuild.Options.Add(projection);
        rebuild.SetAction((result, token) => RunAsync(result, connectionString, projection, rebuild: true, token));

        return new Command("projections", "The read models fed from the event log.") { status, rebuild };
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
        var chosen = Projections.Where(p => name is null || p.Name == name).ToList();
        if (chosen.Count == 0)
        {
            await error.WriteLineAsync($"There is no projection '{name}'; known: {string.Join(", ", Projections.Select(p => p.Name))}.");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgreSqlReadModels(dataSource);
        try
        {
            foreach (var projection in chosen)
            {
                if (rebuild)
                {
                    await store.ResetAsync(projection, cancellationToken);
                    long applied = 0;
                    int batch;
                    while ((batch = await store.ApplyNextBatchAsync(projection, 5000, cancellationToken)) > 0)
                    {
                        applied += batch;
                    }

                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{projection.Name}: rebuilt from {applied} event(s)."));
                }

                var lag = await store.StatusAsync(projection, cancellationToken);
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
}
