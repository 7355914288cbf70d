using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Tools.Tests.Benchmarks;

/// <summary>
/// The busy-machine guard counts as other work only what the benchmark did not start: its own script's
/// descendants and PostgreSQL are its own, short-lived work shows through the parent that reaped it, and nothing
/// is counted twice.
/// </summary>
public sealed class CpuAttributionTests
{
    private readonly Machine _machine = new();
    private readonly CpuAttribution _attribution = new(Machine.Roots);

    [Fact]
    public void Work_of_the_scripts_descendants_and_of_postgresql_is_the_benchmarks_own()
    {
        _machine.Start(300, Machine.Script, "dotnet").Start(301, 300, "wrk").Start(400, Machine.Postmaster, "postgres");
        var before = _machine.Sample();

        _machine.Run(300, 120).Run(301, 40).Run(400, 30).Wait(1);
        var share = _attribution.Between(before, _machine.Sample(), 1);

        Assert.Equal(190, share.HarnessTicks);
        Assert.Equal(0, share.OtherTicks);
    }

    [Fact]
    public void A_process_the_benchmark_did_not_start_is_other_work_under_its_name()
    {
        _machine.Start(500, 1, "csc");
        var before = _machine.Sample();

        _machine.Run(500, 50).Wait(1);
        var share = _attribution.Between(before, _machine.Sample(), 1);

        Assert.Equal(50, share.OtherTicks);
        Assert.Equal(50, share.OtherByName["csc"]);
        Assert.Equal(0.25, share.OtherFraction);
        Assert.Equal(0.5, share.OtherCores);
    }

    [Fact]
    public void Other_work_that_starts_and_ends_between_two_samples_shows_in_the_parent_that_reaped_it()
    {
        _machine.Start(600, 1, "make");
        var before = _machine.Sample();

        _machine.Start(601, 600, "cc1").Run(601, 70).End(601).Wait(1);
        var share = _attribution.Between(before, _machine.Sample(), 1);

        Assert.Equal(70, share.OtherTicks);
    }

    [Fact]
    public void Ticks_seen_before_a_process_ended_are_not_counted_again_when_its_parent_reaps_it()
    {
        _machine.Start(301, Machine.Script, "wrk");
        var first = _machine.Sample();
        _machine.Run(301, 100).Wait(1);
        var second = _machine.Sample();

        _machine.Run(301, 30).End(301).Wait(1);
        var share = _attribution.Between(first, second, 1).Add(_attribution.Between(second, _machine.Sample(), 1));

        Assert.Equal(130, share.HarnessTicks);
    }

    [Fact]
    public void The_kernels_threads_are_neither_the_benchmarks_nor_other_work()
    {
        _machine.Start(20, 2, "ksoftirqd/0");
        var before = _machine.Sample();

        _machine.Run(20, 15).Wait(1);
        var share = _attribution.Between(before, _machine.Sample(), 1);

        Assert.Equal(15, share.KernelThreadTicks);
        Assert.Equal(0, share.OtherTicks + share.HarnessTicks);
    }

    [Fact]
    public void A_reused_pid_is_a_new_process_counted_from_its_start()
    {
        _machine.Start(700, 1, "old").Run(700, 1_000);
        var before = _machine.Sample();

        _machine.End(700).Start(700, 1, "new", startTime: 2).Run(700, 10).Wait(1);
        var share = _attribution.Between(before, _machine.Sample(), 1);

        Assert.Equal(10, share.OtherByName["new"]);
    }

    [Fact]
    public void A_process_of_the_benchmark_stays_its_own_when_orphaned()
    {
        _machine.Start(300, Machine.Script, "runuser").Start(301, 300, "dotnet");
        var first = _machine.Sample();
        _machine.Wait(1);
        var second = _machine.Sample();
        _attribution.Between(first, second, 1);

        _machine.Orphan(301).End(300).Run(301, 80).Wait(1);
        var share = _attribution.Between(second, _machine.Sample(), 1);

        Assert.Equal(80, share.HarnessTicks);
        Assert.Equal(0, share.OtherTicks);
    }

    [Fact]
    public void Busy_time_no_visible_process_accounts_for_is_reported_apart()
    {
        var before = _machine.Sample();

        _machine.Wait(1);
        var after = _machine.Sample() with { BusyTicks = before.BusyTicks + 12 };
        var share = _attribution.Between(before, after, 1);

        Assert.Equal(12, share.UnattributedTicks);
        Assert.Equal(0, share.OtherTicks);
    }
}
