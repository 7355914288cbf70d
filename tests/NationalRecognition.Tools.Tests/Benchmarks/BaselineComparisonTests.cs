using System.Globalization;
using NationalRecognition.Benchmarks;
using NationalRecognition.Benchmarks.Quiet;
using NationalRecognition.Tools.Tests.Importer;

namespace NationalRecognition.Tools.Tests.Benchmarks;

/// <summary>
/// Before and after a change: the platform's submissions and reads within 5 % of the earlier run or faster is met,
/// slower is not met, and either run on a busy machine voids the comparison.
/// </summary>
public sealed class BaselineComparisonTests : IDisposable
{
    private readonly ScratchDirectory _before = new();
    private readonly ScratchDirectory _after = new();

    [Fact]
    public void Submissions_and_reads_within_five_percent_of_the_earlier_quiet_run_are_met()
    {
        Run(_before, submits: 600, reads: 4_000, otherTicks: 0);
        Run(_after, submits: 571, reads: 3_900, otherTicks: 0);

        Assert.EndsWith("within 5 % or faster: **met**.", Compare());
    }

    [Fact]
    public void Submissions_more_than_five_percent_slower_are_not_met()
    {
        Run(_before, submits: 600, reads: 4_000, otherTicks: 0);
        Run(_after, submits: 569, reads: 4_400, otherTicks: 0);

        Assert.EndsWith("within 5 % or faster: **not met**.", Compare());
    }

    [Fact]
    public void A_comparison_with_a_run_on_a_busy_machine_is_void_whatever_its_numbers()
    {
        Run(_before, submits: 600, reads: 4_000, otherTicks: 500);
        Run(_after, submits: 900, reads: 6_000, otherTicks: 0);

        Assert.EndsWith("within 5 % or faster: **VOID (busy machine)**: both runs must be quiet.", Compare());
    }

    public void Dispose()
    {
        _before.Dispose();
        _after.Dispose();
    }

    private string Compare() =>
        new BaselineComparison(Folder(_before), Folder(_after)).Describe();

    private static string Folder(ScratchDirectory scratch) => scratch.File("any").DirectoryName!;

    /// <summary>A results folder: the two compared wrk runs of 10 s each, and the machine's verdict over each.</summary>
    private static void Run(ScratchDirectory folder, long submits, long reads, long otherTicks)
    {
        foreach (var (run, perSecond) in new[] { ("submit-platform-small", submits), ("status-platform", reads) })
        {
            folder.Write($"{run}.json", string.Create(CultureInfo.InvariantCulture,
                $$"""{"requests":{{perSecond * 10}},"duration_us":10000000,"ok":{{perSecond * 10}},"failed":0,"socket_errors":0,"timeouts":0,"mean_us":1,"p50_us":1,"p90_us":1,"p99_us":1,"max_us":1}"""));
            var cpu = new CpuShare(10, 2, 2_000, 2_000, 2_000 - otherTicks, 0, otherTicks, new Dictionary<string, long>());
            QuietWatch.Write(new QuietVerdict(run, QuietVerdict.DefaultMaxOtherCores, cpu), folder.File($"quiet-{run}.json").FullName)
                .GetAwaiter().GetResult();
        }
    }
}
