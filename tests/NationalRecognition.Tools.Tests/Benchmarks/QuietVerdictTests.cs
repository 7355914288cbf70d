using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Tools.Tests.Benchmarks;

/// <summary>A run is void when other work took more than the limit, in cores averaged over the run.</summary>
public sealed class QuietVerdictTests
{
    [Theory]
    [InlineData(1_000, true)]   // 0.10 of a core over 100 s: at the limit
    [InlineData(1_100, false)]  // 0.11 of a core
    public void A_run_is_quiet_up_to_the_limit_and_void_above_it(long otherTicks, bool quiet)
    {
        var verdict = new QuietVerdict("submit-platform-small", QuietVerdict.DefaultMaxOtherCores, Share(otherTicks));

        Assert.Equal(quiet, verdict.Quiet);
    }

    [Fact]
    public void The_verdict_says_how_much_of_the_machines_cpu_other_work_took_and_by_whom()
    {
        var verdict = new QuietVerdict("status-platform", 0.10, Share(5_000));

        Assert.Equal(
            "status-platform: other work took 25.0 % of the machine's CPU during the run (most: csc 25.0 %), "
            + "0.50 of a core averaged over 100 s on 2 cores (limit 0.10) — VOID (busy machine)",
            verdict.Describe());
    }

    [Fact]
    public void A_benchmark_without_any_record_of_other_work_is_not_quiet()
    {
        Assert.False(QuietWatch.AllQuiet([]));
    }

    // 100 s on 2 cores at 100 ticks a second: 20,000 ticks of capacity.
    private static CpuShare Share(long otherTicks) =>
        new(100, 2, 20_000, 19_000, 15_000, 0, otherTicks, new Dictionary<string, long> { ["csc"] = otherTicks });
}
