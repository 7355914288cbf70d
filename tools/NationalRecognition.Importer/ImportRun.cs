using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Importer;

/// <summary>
/// One run of <c>recognition import</c>. The file is read as a sequence of chunks, each with up to the batch size of
/// readable records (rows that cannot be read ride along, reported, never sent); chunk n is sent as the batch keyed
/// "{file hash}-{batch size}-{n}", several at a time, and their results are taken in the file's order: report rows
/// appended, counts added, then the checkpoint. A rerun after a kill starts after the checkpoint; a batch sent but not
/// checkpointed is sent again under its key and answered as the first time, so nothing is counted or stored twice.
/// </summary>
internal sealed class ImportRun(ImportSettings settings, FeedClient? client, IImportProgress progress, TimeProvider time)
{
    public async Task<ImportSummary> RunAsync(CancellationToken cancellationToken)
    {
        var hash = await HashAsync(settings.File, cancellationToken);
        var checkpoint = settings.DryRun ? null : Checkpoint.Load(settings.Checkpoint);
        if (checkpoint is not null && (checkpoint.FileSha256 != hash || checkpoint.BatchSize != settings.BatchSize))
        {
            throw new ImportFailedException(
                $"The checkpoint {settings.Checkpoint.FullName} belongs to another file or batch size: delete it to start over, or pass another --checkpoint.");
        }

        var total = CountRecords();
        using var report = new RejectionReport(settings.Report, checkpoint?.ReportBytes ?? 0);
        var counts = checkpoint?.Counts ?? new ImportCounts();
        var batchIndex = checkpoint?.Batches ?? 0;
        var resumedFrom = checkpoint?.ThroughLine ?? 0;
        var started = Stopwatch.StartNew();
        progress.Start(total, counts.Total);

        var today = KazakhstanTime.Today(time);
        var inFlight = new Queue<(Chunk Chunk, Task<IReadOnlyList<FeedResult>> Answer)>();
        var chunk = new Chunk();
        await using var file = settings.File.OpenRead();
        foreach (var source in Records(file).Where(r => r.Line > resumedFrom))
        {
            chunk.Add(source);
            if (chunk.Records.Count >= settings.BatchSize)
            {
                await Dispatch(chunk);
                chunk = new Chunk();
            }
        }

        await Dispatch(chunk);
        while (inFlight.Count > 0)
        {
            await Complete(inFlight.Dequeue());
        }

        progress.Stop();
        return new ImportSummary(counts, started.Elapsed, counts.Total - (checkpoint?.Counts.Total ?? 0), settings.DryRun);

        async Task Dispatch(Chunk next)
        {
            if (next.Sources.Count == 0)
            {
                return;
            }

            next.Index = batchIndex++;
            var answer = settings.DryRun || next.Records.Count == 0
                ? Task.FromResult<IReadOnlyList<FeedResult>>(settings.DryRun ? Validate(next, today) : new List<FeedResult>())
                : client!.SendAsync($"{hash[..16]}-{settings.BatchSize}-{next.Index}", next.Records.Select(r => r.Record!).ToList(), cancellationToken);
            inFlight.Enqueue((next, answer));
            while (inFlight.Count >= Math.Max(1, settings.Parallel))
            {
                await Complete(inFlight.Dequeue());
            }
        }

        async Task Complete((Chunk Chunk, Task<IReadOnlyList<FeedResult>> Answer) done)
        {
            var results = await done.Answer;
            var byRecord = results.ToDictionary(r => r.Index);
            var recordIndex = 0;
            foreach (var source in done.Chunk.Sources)
            {
                if (source.Problem is { } problem)
                {
                    counts = counts with { Unreadable = counts.Unreadable + 1 };
                    report.Add(source.Line, null, "VALIDATION", problem.Field, problem.Clause, InOperatorLanguage(problem));
                    continue;
                }

                var result = byRecord.TryGetValue(recordIndex, out var found)
                    ? found
                    : throw new ImportFailedException($"The platform's answer to batch {done.Chunk.Index} lacks record {recordIndex}.");
                recordIndex++;
                counts = counts.Add(result.Outcome);
                if (result.Outcome == "REJECTED")
                {
                    report.Add(source.Line, result.Number ?? source.Record!.Number, result.Code, result.Field, result.Clause, result.Reason);
                }
            }

            report.Flush();
            if (!settings.DryRun)
            {
                new Checkpoint
                {
                    FileSha256 = hash,
                    BatchSize = settings.BatchSize,
                    ThroughLine = done.Chunk.Sources[^1].Line,
                    Batches = done.Chunk.Index + 1,
                    ReportBytes = report.Length,
                    Counts = counts,
                }.Save(settings.Checkpoint);
            }

            progress.Advance(counts.Total, counts);
        }
    }

    /// <summary>A refusal found here, in the operator's language (LANG), as the platform's come back (FeedClient).</summary>
    private static string InOperatorLanguage(DomainException problem) =>
        DomainMessages.Catalogue.Render(problem.Text, CultureInfo.CurrentUICulture);

    /// <summary>Offline: the rules a record must meet that need no list (clause 10.3's list is the platform's to judge).</summary>
    private static List<FeedResult> Validate(Chunk chunk, DateOnly today) =>
        chunk.Records.Select((source, i) => ExchangeCertificateRules.Problems(source.Record!, today) is { Count: > 0 } problems
                ? new FeedResult(i, "REJECTED", source.Record!.Number, null, null, "VALIDATION", problems[0].Field, problems[0].Clause,
                    string.Join(" ", problems.Select(InOperatorLanguage)))
                : new FeedResult(i, "ACCEPTED", source.Record!.Number, null, null, null, null, null, null))
            .ToList();

    private IEnumerable<SourceRecord> Records(Stream file) =>
        settings.EffectiveFormat == FeedFormat.Csv ? CsvSource.Read(file) : NdjsonSource.Read(file);

    /// <summary>Records in the file, for the progress bar and its ETA: a quick count of non-blank lines.</summary>
    private long CountRecords()
    {
        using var file = settings.File.OpenRead();
        var lines = ByteLines.Read(file).LongCount(l => !l.Bytes.AsSpan().Trim(" \t"u8).IsEmpty);
        return settings.EffectiveFormat == FeedFormat.Csv ? Math.Max(0, lines - 1) : lines;
    }

    private static async Task<string> HashAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken)).ToLowerInvariant();
    }

    private sealed class Chunk
    {
        public int Index { get; set; }

        public List<SourceRecord> Sources { get; } = [];

        public List<SourceRecord> Records { get; } = [];

        public void Add(SourceRecord source)
        {
            Sources.Add(source);
            if (source.Record is not null)
            {
                Records.Add(source);
            }
        }
    }
}
