using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Tools.Tests.Benchmarks;

/// <summary>The guard reads /proc's own formats: a process's stat line and the machine's cpu line.</summary>
public sealed class ProcStatTests
{
    [Fact]
    public void A_stat_line_gives_parent_start_own_and_reaped_ticks_even_when_the_name_holds_spaces_and_parentheses()
    {
        const string line = "4242 (Web Content (x)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 "
            + "130 25 7 3 20 0 12 0 987654 1000000 500 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        var process = ProcessTicks.Parse(line);

        Assert.Equal(new ProcessTicks(4242, 4200, 987654, "Web Content (x)", 155, 10), process);
    }

    [Fact]
    public void Kthreadd_and_its_children_are_kernel_threads()
    {
        Assert.True(new ProcessTicks(2, 0, 1, "kthreadd", 0, 0).IsKernelThread);
        Assert.True(new ProcessTicks(15, 2, 1, "ksoftirqd/0", 0, 0).IsKernelThread);
        Assert.False(new ProcessTicks(300, 1, 1, "dotnet", 0, 0).IsKernelThread);
    }

    [Fact]
    public void The_machine_is_busy_in_user_nice_and_system_time_and_its_capacity_leaves_out_guest_time()
    {
        var (busy, capacity) = CpuSample.ParseMachine("cpu  54688 10 7327 11360 518 4 147 322 900 0");

        Assert.Equal(54688 + 10 + 7327, busy);
        Assert.Equal(54688 + 10 + 7327 + 11360 + 518 + 4 + 147 + 322, capacity);
    }
}
