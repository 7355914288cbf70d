using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NationalRecognition.Importer;
using static NationalRecognition.Tools.Tests.Importer.FeedFiles;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class ImportRunTests : IDisposable
{
    private const string ReportHeader = "line,number,code,field,clause,reason";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ScratchDirectory _scratch = new();
    private readonly FakePlatform _platform = new();
    private readonly HttpClient _http;

    public ImportRunTests() => _http = new HttpClient(_platform) { BaseAddress = new Uri("http://platform.test/") };

    private FileInfo Checkpoint => _scratch.File("import.checkpoint.json");

    private FileInfo Report => _scratch.File("rejected.csv");

    private string[] ReportRows => File.ReadAllLines(Report.FullName);

    private ImportSettings Settings(FileInfo file, int batchSize = 2, bool dryRun = false) => new()
    {
        File = file,
        Checkpoint = Checkpoint,
        Report = Report,
        BatchSize = batchSize,
        Parallel = 1,
        DryRun = dryRun,
        MaxAttempts = 2,
    };

    private Task<ImportSummary> Run(ImportSettings settings, RecordingProgress? progress = null) =>
        new ImportRun(settings, new FeedClient(_http, new TokenSource(new HttpClient(), "feed-token", "exchange-feed"), settings.MaxAttempts, _ => { }, new InstantDelays()),
            progress ?? new RecordingProgress(), new FakeTimeProvider(Now)).RunAsync(CancellationToken.None);

    /// <summary>Certificates N-1.., with BAD-n (refused by the fake platform) at each listed place.</summary>
    private FileInfo Ndjson(int records, params int[] bad) =>
        _scratch.Write("certificates.ndjson", string.Concat(Enumerable.Range(1, records).Select(i => NdjsonLine(bad.Contains(i) ? $"BAD-{i}" : $"N-{i}") + "\n")));

    private static string Sha256(FileInfo file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName))).ToLowerInvariant();

    [Fact]
    public async Task Batches_are_keyed_by_the_file_hash_the_batch_size_and_their_place()
    {
        var file = Ndjson(5);

        await Run(Settings(file));

        var prefix = Sha256(file)[..16];
        Assert.Equal([$"{prefix}-2-0", $"{prefix}-2-1", $"{prefix}-2-2"], _platform.Requests.Select(r => r.Key));
        Assert.Equal(["N-1", "N-2", "N-3", "N-4", "N-5"], _platform.Requests.SelectMany(r => r.Numbers));
    }

    [Fact]
    public async Task The_summary_counts_each_result_and_the_report_lists_the_refused_records_by_line()
    {
        var file = Ndjson(4, bad: 3);

        var summary = await Run(Settings(file));

        Assert.Equal(new ImportCounts { Accepted = 3, Rejected = 1 }, summary.Counts);
        Assert.Equal(4, summary.RecordsThisRun);
        Assert.Equal([ReportHeader, "3,BAD-3,VALIDATION,professionCode,10.3,The profession is not on the year's list."], ReportRows);
    }

    [Fact]
    public async Task Unreadable_rows_are_reported_and_never_sent()
    {
        var file = _scratch.Write("certificates.ndjson", $"{NdjsonLine("N-1")}\n{{\"number\":\"N-2\"\n{NdjsonLine("N-3")}\n");

        var summary = await Run(Settings(file));

        Assert.Equal(["N-1", "N-3"], _platform.Requests.SelectMany(r => r.Numbers));
        Assert.Equal(new ImportCounts { Accepted = 2, Unreadable = 1 }, summary.Counts);
        Assert.StartsWith("2,,VALIDATION,line,,", ReportRows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checkpoint_after_the_last_batch_holds_the_last_line_the_batches_and_the_counts()
    {
        var file = Ndjson(5, bad: 2);

        await Run(Settings(file));

        var saved = NationalRecognition.Importer.Checkpoint.Load(Checkpoint)!;
        Assert.Equal((Sha256(file), 2, 5L, 3), (saved.FileSha256, saved.BatchSize, saved.ThroughLine, saved.Batches));
        Assert.Equal(new ImportCounts { Accepted = 4, Rejected = 1 }, saved.Counts);
        Assert.Equal(new FileInfo(Report.FullName).Length, saved.ReportBytes);
    }

    [Fact]
    public async Task A_stopped_import_resumes_after_its_checkpoint_sending_no_batch_twice_and_reporting_no_row_twice()
    {
        var file = Ndjson(9, bad: [2, 6]);
        _platform.Answer = (n, request, _) => Task.FromResult(n == 3
            ? FakePlatform.Error(HttpStatusCode.OK, "FORBIDDEN", "the feed's role was withdrawn")
            : FakePlatform.Results(request));
        await Assert.ThrowsAsync<ImportFailedException>(() => Run(Settings(file)));
        var firstRun = _platform.Requests.Take(2).SelectMany(r => r.Numbers).ToList();

        _platform.Answer = (_, request, _) => Task.FromResult(FakePlatform.Results(request));
        var summary = await Run(Settings(file));

        var secondRun = _platform.Requests.Skip(3).ToList();
        Assert.EndsWith("-2-2", secondRun[0].Key, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => i is 2 or 6 ? $"BAD-{i}" : $"N-{i}"), firstRun.Concat(secondRun.SelectMany(r => r.Numbers)));
        Assert.Equal(new ImportCounts { Accepted = 7, Rejected = 2 }, summary.Counts);
        Assert.Equal(5, summary.RecordsThisRun);
        Assert.Equal(["line", "2", "6"], ReportRows.Select(r => r.Split(',')[0]));
    }

    [Fact]
    public async Task A_resumed_import_starts_its_progress_at_the_checkpointed_count()
    {
        var file = Ndjson(6);
        _platform.Answer = (n, request, _) => Task.FromResult(n == 2 ? FakePlatform.Error(HttpStatusCode.OK, "FORBIDDEN") : FakePlatform.Results(request));
        await Assert.ThrowsAsync<ImportFailedException>(() => Run(Settings(file)));
        _platform.Answer = (_, request, _) => Task.FromResult(FakePlatform.Results(request));
        var progress = new RecordingProgress();

        await Run(Settings(file), progress);

        Assert.Equal((6L, 2L), progress.Started);
        Assert.Equal([4L, 6L], progress.Advances);
    }

    [Fact]
    public async Task Running_a_finished_import_again_sends_nothing_and_keeps_its_counts()
    {
        var file = Ndjson(3, bad: 1);
        await Run(Settings(file));
        var sent = _platform.Requests.Count;

        var again = await Run(Settings(file));

        Assert.Equal(sent, _platform.Requests.Count);
        Assert.Equal(new ImportCounts { Accepted = 2, Rejected = 1 }, again.Counts);
        Assert.Equal(0, again.RecordsThisRun);
        Assert.Equal(2, ReportRows.Length);
    }

    [Fact]
    public async Task A_checkpoint_of_another_file_is_refused_before_anything_is_sent_or_reported()
    {
        var file = Ndjson(3);
        new NationalRecognition.Importer.Checkpoint { FileSha256 = new string('0', 64), BatchSize = 2, ThroughLine = 2, Batches = 1, ReportBytes = 10 }.Save(Checkpoint);
        File.WriteAllText(Report.FullName, "kept");

        var refusal = await Assert.ThrowsAsync<ImportFailedException>(() => Run(Settings(file)));

        Assert.Contains("another file", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(Checkpoint.FullName, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(_platform.Requests);
        Assert.Equal("kept", File.ReadAllText(Report.FullName));
    }

    [Fact]
    public async Task A_checkpoint_of_another_batch_size_is_refused_before_anything_is_sent()
    {
        var file = Ndjson(3);
        new NationalRecognition.Importer.Checkpoint { FileSha256 = Sha256(file), BatchSize = 100, ThroughLine = 2, Batches = 1 }.Save(Checkpoint);

        var refusal = await Assert.ThrowsAsync<ImportFailedException>(() => Run(Settings(file)));

        Assert.Contains("batch size", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(_platform.Requests);
    }

    [Fact]
    public async Task A_dry_run_sends_nothing_and_writes_no_checkpoint()
    {
        var file = Ndjson(3);

        await Run(Settings(file, dryRun: true));

        Assert.Empty(_platform.Requests);
        Assert.False(File.Exists(Checkpoint.FullName));
    }

    [Fact]
    public async Task A_dry_run_counts_valid_invalid_and_unreadable_records()
    {
        var file = _scratch.Write("certificates.ndjson", string.Join('\n',
            NdjsonLine("N-1"), NdjsonLine("N-2", iin: "900101300801"), NdjsonLine("N-3", grade: ""), "{\"number\":", NdjsonLine("N-5")));

        var summary = await Run(Settings(file, dryRun: true));

        Assert.True(summary.DryRun);
        Assert.Equal(new ImportCounts { Accepted = 2, Rejected = 2, Unreadable = 1 }, summary.Counts);
    }

    [Fact]
    public async Task A_dry_run_reports_a_bad_IIN_and_a_missing_grade_by_line_and_field()
    {
        var file = _scratch.Write("certificates.ndjson", string.Join('\n', NdjsonLine("N-1", iin: "900101300801"), NdjsonLine("N-2", grade: "")));

        await Run(Settings(file, dryRun: true));

        Assert.Equal(["line,number,code,field", "1,N-1,VALIDATION,learnerIin", "2,N-2,VALIDATION,grade"], ReportRows.Select(r => string.Join(',', r.Split(',').Take(4))));
    }

    [Fact]
    public async Task A_dry_run_judges_the_issue_date_by_the_clock_it_is_given()
    {
        var file = _scratch.Write("certificates.ndjson", NdjsonLine("N-1").Replace("2025-03-14", "2026-06-02", StringComparison.Ordinal));

        var summary = await Run(Settings(file, dryRun: true));

        Assert.Equal(1, summary.Counts.Rejected);
        Assert.Contains("issueDate", ReportRows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CSV_file_is_imported_with_multi_line_records_reported_at_their_first_line()
    {
        var file = _scratch.Write("certificates.csv",
            $"{CsvHeader}\n{CsvRow("N-1")}\nBAD-2,{Iin},,2519-0-01,\"Two\nlines\",96,,85%,2025-03-14,Centre\n{CsvRow("N-3")}\n");

        var summary = await Run(Settings(file));

        Assert.Equal(new ImportCounts { Accepted = 2, Rejected = 1 }, summary.Counts);
        Assert.StartsWith("3,BAD-2,", ReportRows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_total_is_the_number_of_records_without_the_CSV_header()
    {
        var file = _scratch.Write("certificates.csv", $"{CsvHeader}\n{CsvRow("N-1")}\n\n{CsvRow("N-2")}\n");
        var progress = new RecordingProgress();

        await Run(Settings(file), progress);

        Assert.Equal((2L, 0L), progress.Started);
        Assert.True(progress.Stopped);
    }

    public void Dispose()
    {
        _http.Dispose();
        _scratch.Dispose();
    }
}
