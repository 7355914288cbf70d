using System.CommandLine;
using Spectre.Console;

namespace NationalRecognition.Importer;

/// <summary>
/// <c>recognition import FILE --gateway URL (--token T | --identity URL [--subject S]) [--format csv|ndjson]
/// [--batch-size N] [--parallel N] [--checkpoint F] [--report F] [--dry-run] [--no-progress]</c>.
/// Exit codes: 0 done (rejected records are in the report), 1 stopped (the reason is printed; rerun to resume), 2 usage.
/// </summary>
public static class ImporterCommandLine
{
    public const string TokenVariable = "RECOGNITION_TOKEN";

    public static Task<int> RunAsync(string[] args, IAnsiConsole? console = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var file = new Argument<FileInfo>("file") { Description = "The certificates: CSV with a header row, or NDJSON (one JSON object a line), UTF-8." };
        var gateway = new Option<string?>("--gateway") { Description = "The platform's gateway, e.g. http://localhost:5080 (GraphQL at /graphql)." };
        var token = new Option<string?>("--token") { Description = $"A bearer token of the feed (role ExchangeFeed); or set {TokenVariable}." };
        var identity = new Option<string?>("--identity") { Description = "An identity provider's base URL to ask for a feed token (POST /token), instead of --token." };
        var subject = new Option<string>("--subject") { Description = "The feed's subject when asking --identity for a token.", DefaultValueFactory = _ => "exchange-feed" };
        var format = new Option<FeedFormat>("--format") { Description = "csv or ndjson; by default .csv is CSV and anything else NDJSON.", DefaultValueFactory = _ => FeedFormat.Auto };
        var batchSize = new Option<int>("--batch-size") { Description = "Records a batch, 1–1000.", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int>("--parallel") { Description = "Batches in flight at once.", DefaultValueFactory = _ => 4 };
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "Where progress is kept for a resume (default FILE.checkpoint.json)." };
        var report = new Option<FileInfo?>("--report") { Description = "Where rejected rows go, with reasons (default FILE.rejected.csv; FILE.invalid.csv in a dry run)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate the file offline (no platform, no token): every rule but the in-demand list." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Plain progress lines instead of a live bar." };

        var import = new Command("import", "Imports the labour exchange's certificates into a running platform, in batches, resumably.")
        {
            file, gateway, token, identity, subject, format, batchSize, parallel, checkpoint, report, dryRun, noProgress,
        };
        import.SetAction((parse, token2) =>
        {
            var path = parse.GetValue(file)!;
            var settings = new ImportSettings
            {
                File = path,
                Format = parse.GetValue(format),
                Gateway = Address(parse.GetValue(gateway)),
                Token = parse.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
                IdentityProvider = Address(parse.GetValue(identity)),
                Subject = parse.GetValue(subject)!,
                BatchSize = parse.GetValue(batchSize),
                Parallel = parse.GetValue(parallel),
                Checkpoint = parse.GetValue(checkpoint) ?? new FileInfo(path.FullName + ".checkpoint.json"),
                // A dry run keeps its own report, so that it never overwrites the one an interrupted import resumes.
                Report = parse.GetValue(report) ?? new FileInfo(path.FullName + (parse.GetValue(dryRun) ? ".invalid.csv" : ".rejected.csv")),
                DryRun = parse.GetValue(dryRun),
                Progress = !parse.GetValue(noProgress),
            };
            var output = console ?? AnsiConsole.Console;
            if (Problem(settings) is { } problem)
            {
                output.MarkupLineInterpolated($"[red]{problem}[/]");
                return Task.FromResult(2);
            }

            return ImportCommand.RunAsync(settings, output, time ?? TimeProvider.System, token2);
        });

        var root = new RootCommand("National Recognition Platform tools.");
        root.Subcommands.Add(import);
        return root.Parse(args).InvokeAsync(cancellationToken: cancellationToken);
    }

    private static string? Problem(ImportSettings settings) =>
        settings.BatchSize is < 1 or > 1000 ? "--batch-size must be 1 to 1000."
        : settings.Parallel < 1 ? "--parallel must be at least 1."
        : !settings.DryRun && settings.Gateway is null ? "--gateway is required (unless --dry-run)."
        : null;

    /// <summary>An absolute http(s) address, or null (then the settings check says what is missing).</summary>
    private static Uri? Address(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
