using NationalRecognition.FaultTests.Checks;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests;

/// <summary>
/// One run of a fault scenario against the platform deployed as processes: starts the cluster, runs the scenario,
/// fails with every failed verdict, and keeps the processes' logs — their tails in the test output and the files on
/// disk — when anything failed; a clean run deletes them.
/// </summary>
public static class FaultScenario
{
    /// <param name="output">The test's output, which gets the phases, the verdicts and, on failure, the process tails.</param>
    /// <param name="silos">Silo processes to start, all with the shipped (PostgreSQL-mode) failure-detection settings.</param>
    /// <param name="scenario">What to do with the running cluster; its checks go to the given verdicts.</param>
    /// <param name="server">The PostgreSQL server of the cluster's database: the test process's shared one when null.</param>
    public static async Task RunAsync(ITestOutputHelper output, int silos, Func<FaultCluster, PhaseLog, Verdicts, Task> scenario, PostgreSqlServer? server = null)
    {
        var log = new PhaseLog(output);
        log.Phase($"starting PostgreSQL, the identity provider, {silos} silo(s) and a gateway");
        await using var cluster = await FaultCluster.StartAsync(silos, log, server);
        await CheckAsync(output, cluster, log, verdicts => scenario(cluster, log, verdicts));
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> on a started <paramref name="cluster"/>, fails with every failed verdict, and keeps
    /// the processes' logs (their tails in the test output) when anything failed; a clean run has them deleted.
    /// </summary>
    public static async Task CheckAsync(ITestOutputHelper output, IProcessCluster cluster, PhaseLog log, Func<Verdicts, Task> scenario)
    {
        try
        {
            var verdicts = new Verdicts(log);
            await scenario(verdicts);
            verdicts.AssertAllHeld();
            cluster.DeleteLogsOnDispose = true;
        }
        catch
        {
            output.WriteLine($"Process output (full logs in {cluster.LogDirectory}):");
            output.WriteLine(cluster.DescribeProcesses());
            throw;
        }
    }
}
