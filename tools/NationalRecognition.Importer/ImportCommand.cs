using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using NationalRecognition.ServiceDefaults.Telemetry;
using Spectre.Console;

namespace NationalRecognition.Importer;

/// <summary>Runs one import with its settings: the client, the progress, the final summary by result.</summary>
internal static class ImportCommand
{
    /// <summary>The OpenTelemetry service name of the importer.</summary>
    public const string ServiceName = "recognition-importer";

    private static readonly ActivitySource ActivitySource = new("NationalRecognition.Importer");

    public static async Task<int> RunAsync(ImportSettings settings, IAnsiConsole console, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!settings.File.Exists)
        {
            console.MarkupLineInterpolated($"[red]No file {settings.File.FullName}.[/]");
            return 2;
        }

        if (!settings.DryRun && settings.Token is null && settings.IdentityProvider is null)
        {
            console.MarkupLineInterpolated($"[red]No token: pass --token (or set {ImporterCommandLine.TokenVariable}) or --identity.[/]");
            return 2;
        }

        using var gateway = new HttpClient { BaseAddress = WithSlash(settings.Gateway), Timeout = TimeSpan.FromSeconds(120) };
        using var identity = new HttpClient { BaseAddress = WithSlash(settings.IdentityProvider), Timeout = TimeSpan.FromSeconds(30) };
        var client = settings.DryRun
            ? null
            : new FeedClient(gateway, new TokenSource(identity, settings.Token, settings.Subject), settings.MaxAttempts,
                warning => console.MarkupLineInterpolated($"[yellow]{warning}[/]"), time);
        var progress = new ConsoleProgress(console, settings.Progress && console.Profile.Capabilities.Interactive);

        // With Telemetry__OtlpEndpoint set, the run is one trace: its batches' HTTP calls continue into the gateway's.
        using var telemetry = PlatformTelemetry.StartForTool(
            new ConfigurationBuilder().AddEnvironmentVariables().Build(), ServiceName, ActivitySource.Name);
        using var span = settings.DryRun ? null : ActivitySource.StartActivity("import", ActivityKind.Internal);
        span?.SetTag("recognition.import.format", settings.Format.ToString());
        try
        {
            var summary = await new ImportRun(settings, client, progress, time).RunAsync(cancellationToken);
            span?.SetTag("recognition.import.records", summary.RecordsThisRun);
            Print(console, settings, summary);
            return 0;
        }
        catch (ImportFailedException failure)
        {
            progress.Stop();
            console.MarkupLineInterpolated($"[red]Import stopped:[/] {failure.Message}");
            return 1;
        }
        catch (InvalidDataException invalid)
        {
            progress.Stop();
            console.MarkupLineInterpolated($"[red]The file cannot be read:[/] {invalid.Message}");
            return 1;
        }
    }

    private static void Print(IAnsiConsole console, ImportSettings settings, ImportSummary summary)
    {
        var counts = summary.Counts;
        var table = new Table().AddColumn("result").AddColumn(new TableColumn("records").RightAligned());
        if (summary.DryRun)
        {
            table.AddRow("valid", $"{counts.Accepted:N0}");
            table.AddRow("invalid", $"{counts.Rejected:N0}");
        }
        else
        {
            table.AddRow("accepted", $"{counts.Accepted:N0}");
            table.AddRow("unchanged", $"{counts.Unchanged:N0}");
            table.AddRow("updated", $"{counts.Updated:N0}");
            table.AddRow("rejected", $"{counts.Rejected:N0}");
        }

        table.AddRow("unreadable", $"{counts.Unreadable:N0}");
        table.AddRow("total", $"{counts.Total:N0}");
        console.Write(table);
        console.WriteLine($"{summary.RecordsThisRun:N0} records in {summary.Elapsed.TotalSeconds:N1} s this run ({summary.RecordsPerSecond:N0} records/s).");
        if (counts.Rejected + counts.Unreadable > 0)
        {
            console.WriteLine($"Rejected rows with reasons: {settings.Report.FullName}");
        }

        if (summary.DryRun)
        {
            console.WriteLine("Dry run: nothing was sent. The in-demand list of each issue year is checked by the platform only.");
        }
    }

    private static Uri? WithSlash(Uri? uri) => uri is null ? null : new Uri(uri.ToString().TrimEnd('/') + "/");
}
