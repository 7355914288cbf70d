using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using NationalRecognition.Importer;
using Spectre.Console;
using static NationalRecognition.Tools.Tests.Importer.FeedFiles;

namespace NationalRecognition.Tools.Tests.Importer;

/// <summary><c>recognition import</c> as a user runs it, offline: no platform, no identity provider, no network.</summary>
public sealed class DryRunCommandLineTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();
    private readonly StringWriter _output = new();
    private readonly FileInfo _file;

    public DryRunCommandLineTests() =>
        _file = _scratch.Write("certificates.csv", string.Join('\n',
            CsvHeader, CsvRow("N-1"), CsvRow("N-2", iin: "900101300801"), CsvRow("N-3", grade: ""), "N-4,broken", CsvRow("N-5"), CsvRow("N-6")));

    private string Output => _output.ToString();

    private Task<int> Run(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        console.Profile.Width = 1_000;
        return ImporterCommandLine.RunAsync(["import", .. args], console, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)));
    }

    private static int Count(string text, string result) =>
        int.Parse(Regex.Match(text, $@"\b{result}\W+(\d+)\b").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_dry_run_needs_no_gateway_or_token_and_exits_0()
    {
        Assert.Equal(0, await Run(_file.FullName, "--dry-run", "--no-progress"));
        Assert.Contains("nothing was sent", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_the_records_by_result()
    {
        await Run(_file.FullName, "--dry-run", "--no-progress");

        Assert.Equal((3, 2, 1, 6), (Count(Output, "valid"), Count(Output, "invalid"), Count(Output, "unreadable"), Count(Output, "total")));
    }

    [Fact]
    public async Task A_dry_run_writes_the_invalid_rows_with_reasons_beside_the_file()
    {
        await Run(_file.FullName, "--dry-run", "--no-progress");

        var rows = File.ReadAllLines(_file.FullName + ".invalid.csv");
        Assert.Equal(["line", "3", "4", "5"], rows.Select(r => r.Split(',')[0]));
        Assert.Contains(_file.FullName + ".invalid.csv", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_leaves_the_report_and_checkpoint_of_an_interrupted_import_alone()
    {
        var report = _scratch.Write("certificates.csv.rejected.csv", "line,number,code,field,clause,reason\n2,N-1,VALIDATION,professionCode,10.3,not listed\n");
        var checkpoint = _scratch.Write("certificates.csv.checkpoint.json", "{\"fileSha256\":\"ab\",\"batchSize\":1000,\"reportBytes\":80}");

        await Run(_file.FullName, "--dry-run", "--no-progress");

        Assert.Equal("line,number,code,field,clause,reason\n2,N-1,VALIDATION,professionCode,10.3,not listed\n", File.ReadAllText(report.FullName));
        Assert.Equal("{\"fileSha256\":\"ab\",\"batchSize\":1000,\"reportBytes\":80}", File.ReadAllText(checkpoint.FullName));
    }

    [Fact]
    public async Task A_dry_run_writes_no_checkpoint()
    {
        await Run(_file.FullName, "--dry-run", "--no-progress");

        Assert.False(File.Exists(_file.FullName + ".checkpoint.json"));
    }

    [Fact]
    public async Task A_dry_run_of_a_file_whose_header_lacks_a_field_exits_1_saying_which()
    {
        var file = _scratch.Write("no-grade.csv", "number,learnerIin,professionCode,courseName,hours,issueDate,trainingProvider\n" +
            $"N-1,{Iin},2519-0-01,Testing,96,2025-03-14,Centre\n");

        Assert.Equal(1, await Run(file.FullName, "--dry-run", "--no-progress"));
        Assert.Contains("'grade'", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_without_a_gateway_is_a_usage_error()
    {
        Assert.Equal(2, await Run(_file.FullName, "--token", "t", "--no-progress"));
        Assert.Contains("--gateway", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_does_not_exist_is_a_usage_error()
    {
        Assert.Equal(2, await Run(_scratch.File("absent.csv").FullName, "--dry-run"));
    }

    [Fact]
    public async Task A_batch_size_over_1000_is_a_usage_error()
    {
        Assert.Equal(2, await Run(_file.FullName, "--dry-run", "--batch-size", "1001"));
    }

    [Fact]
    public async Task An_unreadable_checkpoint_stops_the_import_with_exit_1_before_anything_is_sent()
    {
        _scratch.Write("certificates.csv.checkpoint.json", "{\"fileSha2");

        // Port 9 (discard) on loopback: were anything sent, it would fail differently, after retries.
        Assert.Equal(1, await Run(_file.FullName, "--gateway", "http://127.0.0.1:9", "--token", "t", "--no-progress"));
        Assert.Contains("cannot be read", Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _output.Dispose();
        _scratch.Dispose();
    }
}
