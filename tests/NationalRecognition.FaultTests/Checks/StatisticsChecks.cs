using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>
/// The national statistics of the workers' institution, read as an administrator reads them: the projector's
/// aggregates count every application the workers submitted and every decision they took (awaited: the projector is
/// behind the log by up to its staleness bound).
/// </summary>
public sealed class StatisticsChecks(GatewayApi api, string administratorToken, string institutionBin, Verdicts verdicts)
{
    private static readonly TimeSpan ProjectionTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Applications and decisions of the institution, as the statistics count them now (null: no cell, or suppressed).</summary>
    public async Task<(int? Applications, int? Decisions)> ReadAsync()
    {
        var data = await Retrying.UntilDataAsync("national statistics", () => api.SendAsync(FaultOperations.NationalStatistics,
            new { filter = new { institutionBin } }, administratorToken));
        var cell = data["nationalStatistics"]!["cells"]!.AsArray().SingleOrDefault();
        return ((int?)cell?["applications"], (int?)cell?["decisions"]);
    }

    /// <summary>Waits until the statistics count at least <paramref name="applications"/> applications; returns what they count.</summary>
    public async Task<(int? Applications, int? Decisions)> WaitForAtLeastAsync(int applications, string what)
    {
        var counted = (Applications: (int?)null, Decisions: (int?)null);
        var problems = await Eventually.NoProblemsAsync(async () =>
        {
            counted = await ReadAsync();
            return counted.Applications >= applications
                ? []
                : [$"{counted.Applications?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no count"} applications"];
        }, ProjectionTimeout);
        verdicts.NoProblems($"{what}: the statistics count at least {applications} applications", problems,
            $"{counted.Applications} applications, {counted.Decisions} decisions");
        return counted;
    }

    /// <summary>The statistics count exactly the applications the workers submitted and the decisions they took.</summary>
    public async Task CountEverySubmissionAndDecisionOnceAsync(AcknowledgementLog acknowledgements)
    {
        var submitted = acknowledgements.Acknowledged.Where(a => a.Step == WorkflowStep.Submit).Select(a => a.ApplicationId).Distinct().Count();
        var decided = acknowledgements.Acknowledged.Where(a => a.Step == WorkflowStep.Decide).Select(a => a.ApplicationId)
            .Concat(acknowledgements.AppliedWithoutAcknowledgement.Where(a => a.Command == WorkflowStep.Decide.Name).Select(a => a.ApplicationId))
            .Distinct().Count();
        var counted = (Applications: (int?)null, Decisions: (int?)null);
        var problems = await Eventually.NoProblemsAsync(async () =>
        {
            counted = await ReadAsync();
            return counted == (submitted, decided) ? [] : [$"counted {counted.Applications} applications and {counted.Decisions} decisions"];
        }, ProjectionTimeout);
        verdicts.NoProblems("the statistics count every submitted application and every decision once", problems,
            $"{submitted} applications and {decided} decisions submitted; counted {counted.Applications} and {counted.Decisions}");
    }
}
