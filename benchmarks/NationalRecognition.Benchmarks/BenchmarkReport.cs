using System.Globalization;
using System.Text;
using System.Text.Json;
using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// The table of one run (from the files benchmarks/run.sh leaves in its results folder), printed and added at the
/// top of the runs in docs/benchmarks.md, so that earlier runs stay for comparison.
/// </summary>
public sealed class BenchmarkReport(string results, ReportSettings settings)
{
    public const string RunsMarker = "<!-- runs: newest first (benchmarks/run.sh inserts here) -->";

    private static readonly string[] Contenders = ["reference", "platform"];
    private static readonly string[] WrkRuns = ["submit-{0}-small", "submit-{0}-large", "status-{0}"];
    private static readonly string[] PreloadRuns = ["preload-{0}-counted", "preload-{0}-small", "preload-{0}-large"];

    public string Markdown()
    {
        var text = new StringBuilder();
        var small = Count(settings.SmallBacklog);
        var large = Count(settings.LargeBacklog);
        text.AppendLine(Invariant($"### {StartedAt():yyyy-MM-dd HH:mm} UTC — {settings.Label}"));
        text.AppendLine();
        Machine(text);
        if (settings.Baseline is { } baseline)
        {
            text.AppendLine(Invariant($"- {new BaselineComparison(baseline, results).Describe()}"));
        }

        text.AppendLine(Invariant($"- Machine: {MachineFacts.Describe()}."));
        text.AppendLine(Invariant($"- Command: `{settings.Command}`"));
        text.AppendLine(Invariant($"- wrk: {settings.Connections} connections, {settings.Threads} threads, {settings.Warmup} unmeasured warm-up, {settings.Duration} per submit run, {settings.StatusDuration} per status run; backlogs of {small} and {large} applications in one Commission's period, preloaded through each contender's API{settings.PreloadLimit}."));
        text.AppendLine(Invariant($"- PostgreSQL 15 on the same machine, same settings for both: {settings.PostgresSettings}."));
        text.AppendLine(Invariant($"- SQL counts: a batch of {settings.CountedBatch}, first into the empty period (part of the backlog); CPU: over the first submit run."));
        if (File.Exists(Path.Combine(results, "loadavg.txt")))
        {
            var loads = File.ReadLines(Path.Combine(results, "loadavg.txt")).Where(l => l.Length > 0).Select(l => l.Split(' ', 2)).Select(p => $"{p[0]} {p[1]}");
            text.AppendLine(Invariant($"- Load average (1, 5, 15 min) as each wrk run started (this run's own processes raise it too: the verdict above is what tells): {string.Join("; ", loads)}."));
        }

        text.AppendLine();
        text.AppendLine("| measure | reference | platform | platform / reference |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        TextRow(text, "backlog from start to end of the first submit run", c => Backlog(c, second: false));
        Row(text, "submits/s, first run", c => Wrk($"submit-{c}-small")?.OkPerSecond, "F0");
        Row(text, "submit p99 ms, first run", c => Wrk($"submit-{c}-small")?.P99Milliseconds, "F1");
        TextRow(text, "backlog from start to end of the second submit run", c => Backlog(c, second: true));
        Row(text, "submits/s, second run", c => Wrk($"submit-{c}-large")?.OkPerSecond, "F0");
        Row(text, "submit p99 ms, second run", c => Wrk($"submit-{c}-large")?.P99Milliseconds, "F1");
        Row(text, "submits/s, second run / first run", c => Ratio(Wrk($"submit-{c}-large")?.OkPerSecond, Wrk($"submit-{c}-small")?.OkPerSecond), "F2", ratio: false);
        Row(text, "status reads/s", c => Wrk($"status-{c}")?.OkPerSecond, "F0");
        Row(text, "status read p99 ms", c => Wrk($"status-{c}")?.P99Milliseconds, "F1");
        Row(text, "SQL statements per submission (counted batch)", c => PerSubmission(c, s => s.Statements), "F1");
        Row(text, "transactions per submission (counted batch)", c => PerSubmission(c, s => s.Transactions), "F1");
        Row(text, "pooled-connection resets per submission (counted batch)", c => PerSubmission(c, s => s.Resets), "F1");
        Row(text, "app CPU ms per submission (first run)", c => CpuPerSubmission(c, t => t.AppTicks), "F1");
        Row(text, "PostgreSQL CPU ms per submission (first run)", c => CpuPerSubmission(c, t => t.PostgresTicks), "F1");
        Row(text, $"preload to {small}, submits/s", c => Preload($"preload-{c}-small") is { Stored: > 0 } p ? p.PerSecond : null, "F0");
        Row(text, $"preload towards {large}, submits/s", c => Preload($"preload-{c}-large") is { Stored: > 0 } p ? p.PerSecond : null, "F0");
        Row(text, "preload wall time, s", PreloadSeconds, "F0");
        Row(text, "failed requests, all runs", Failures, "F0", ratio: false);
        text.AppendLine();
        text.AppendLine(Invariant($"Statements per submission by statement (pg_stat_statements over the counted batch; first 12 by calls):"));
        foreach (var contender in Contenders)
        {
            TopStatements(text, contender);
        }

        return text.ToString();
    }

    /// <summary>Whether the machine was the benchmark's own: the verdict first, then each measured run's share.</summary>
    private void Machine(StringBuilder text)
    {
        var verdicts = QuietWatch.ReadAll(results);
        if (verdicts.Count == 0)
        {
            text.AppendLine("- Verdict: **VOID (busy machine)**: no record of other work's CPU during the measured runs.");
            return;
        }

        var worst = verdicts.MaxBy(v => v.Cpu.OtherFraction)!;
        text.AppendLine(QuietWatch.AllQuiet(verdicts)
            ? Invariant($"- Verdict: **quiet**: other work (processes this run did not start) took at most {worst.Cpu.OtherFraction * 100:F1} % of the machine's CPU in any measured run (limit: {worst.MaxOtherCores:F2} of a core averaged over a run).")
            : Invariant($"- Verdict: **VOID (busy machine)**: other work (processes this run did not start) took up to {worst.Cpu.OtherFraction * 100:F1} % of the machine's CPU in a measured run ({worst.Cpu.OtherCores:F2} of a core averaged, limit {worst.MaxOtherCores:F2}); these numbers decide nothing."));
        text.AppendLine(Invariant($"- Other work by measured run, share of the machine's CPU: {string.Join("; ", verdicts.Select(v => Invariant($"{v.Run} {v.Cpu.OtherFraction * 100:F1} %")))}."));
    }

    /// <summary>Adds this run at the top of the runs in the file (creating it with its introduction when missing).</summary>
    public void WriteInto(string path, string introduction)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : introduction.TrimEnd() + "\n";
        if (!existing.Contains(RunsMarker, StringComparison.Ordinal))
        {
            existing = existing.TrimEnd() + "\n\n" + RunsMarker + "\n";
        }

        var at = existing.IndexOf(RunsMarker, StringComparison.Ordinal) + RunsMarker.Length;
        var earlier = existing[at..].Trim('\n');
        File.WriteAllText(path, existing[..at] + "\n\n" + Markdown().TrimEnd() + "\n" + (earlier.Length == 0 ? string.Empty : "\n" + earlier + "\n"));
    }

    private static void Row(StringBuilder text, string measure, Func<string, double?> value, string format, bool ratio = true)
    {
        var reference = value("reference");
        var platform = value("platform");
        var quotient = ratio ? Ratio(platform, reference) : null;
        text.AppendLine(Invariant($"| {measure} | {Show(reference, format)} | {Show(platform, format)} | {Show(quotient, "F2")} |"));
    }

    /// <summary>When the run started: its request templates are the first thing it writes.</summary>
    private DateTime StartedAt()
    {
        var templates = Path.Combine(results, "templates");
        return Directory.Exists(templates) ? Directory.GetLastWriteTimeUtc(templates) : DateTime.UtcNow;
    }

    private static void TextRow(StringBuilder text, string measure, Func<string, string> value) =>
        text.AppendLine(Invariant($"| {measure} | {value("reference")} | {value("platform")} | |"));

    /// <summary>Applications in the period as a submit run starts and as it ends (each run adds its own).</summary>
    private string Backlog(string contender, bool second)
    {
        if (Wrk($"submit-{contender}-small") is not { } first)
        {
            return "–";
        }

        long start = settings.SmallBacklog;
        var end = start + first.Ok;
        if (second)
        {
            if (Wrk($"submit-{contender}-large") is not { } run)
            {
                return "–";
            }

            start = end + (Preload($"preload-{contender}-large")?.Stored ?? 0);
            end = start + run.Ok;
        }

        return Invariant($"{start:N0} → {end:N0}");
    }

    private double? PerSubmission(string contender, Func<SqlCounts, long> count) =>
        Read<SqlCounts>($"sql-{contender}") is { Submissions: > 0 } sql ? count(sql) / (double)sql.Submissions : null;

    private double? CpuPerSubmission(string contender, Func<CpuTicks, long> ticks) =>
        Read<CpuTicks>($"cpu-{contender}-small") is { TicksPerSecond: > 0 } cpu && Wrk($"submit-{contender}-small") is { Ok: > 0 } run
            ? ticks(cpu) * 1000.0 / cpu.TicksPerSecond / run.Ok
            : null;

    private double? PreloadSeconds(string contender)
    {
        var preloads = PreloadRuns.Select(n => Preload(n.Replace("{0}", contender, StringComparison.Ordinal))).Where(p => p is not null).ToList();
        return preloads.Count == 0 ? null : preloads.Sum(p => p!.Seconds);
    }

    private double? Failures(string contender)
    {
        var runs = WrkRuns.Select(n => Wrk(n.Replace("{0}", contender, StringComparison.Ordinal))).Where(r => r is not null).ToList();
        var preloads = PreloadRuns.Select(n => Preload(n.Replace("{0}", contender, StringComparison.Ordinal))).Where(r => r is not null).ToList();
        return runs.Count + preloads.Count == 0 ? null : runs.Sum(r => r!.Failed + r.SocketErrors + r.Timeouts) + preloads.Sum(p => p!.Failed);
    }

    private void TopStatements(StringBuilder text, string contender)
    {
        var path = Path.Combine(results, $"sql-{contender}-top.tsv");
        var submits = Read<SqlCounts>($"sql-{contender}")?.Submissions ?? 0;
        if (!File.Exists(path) || submits == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(Invariant($"| {contender}: calls per submission | statement |"));
        text.AppendLine("| ---: | --- |");
        foreach (var line in File.ReadLines(path).Where(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var calls = long.Parse(line[..tab], CultureInfo.InvariantCulture);
            var statement = line[(tab + 1)..].Replace("|", "\\|", StringComparison.Ordinal);
            text.AppendLine(Invariant($"| {calls / (double)submits:F2} | `{statement}` |"));
        }
    }

    private WrkResult? Wrk(string name) => Read<WrkResult>(name);

    private PreloadResult? Preload(string name) => Read<PreloadResult>(name);

    private T? Read<T>(string name)
        where T : class
    {
        var path = Path.Combine(results, name + ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), HarnessJson.Options) : null;
    }

    private static double? Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? n / d : null;

    private static string Show(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
