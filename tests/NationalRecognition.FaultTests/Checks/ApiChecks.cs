using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>What the learners and the Commission can read back through the API after the platform restarted.</summary>
public sealed class ApiChecks(GatewayApi api, IReadOnlyDictionary<string, string> learnerTokens, Verdicts verdicts)
{
    private const int PageSize = 100;
    /// <summary>
    /// Each acknowledged application reads back with the acknowledged status or a later one and at least the
    /// acknowledged version, and its audit trail holds each acknowledged command exactly once.
    /// </summary>
    public async Task EveryAcknowledgedCommandIsReadableOnceAsync(IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var problems = new ConcurrentBag<string>();
        var applications = acknowledged.GroupBy(a => (a.ApplicationId, a.LearnerIin)).ToList();
        await Parallel.ForEachAsync(applications, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (commands, _) =>
        {
            var (id, iin) = commands.Key;
            var data = await Retrying.UntilDataAsync($"reading application {id}",
                () => api.SendAsync(FaultOperations.Application, new { id }, learnerTokens[iin]));
            if (data["application"] is not JsonObject application)
            {
                problems.Add($"{id}: not found, though {string.Join(", ", commands.Select(c => c.Command))} acknowledged");
                return;
            }

            var latest = commands.MaxBy(c => c.Version)!;
            var status = (string)application["status"]!;
            var version = (int)application["version"]!;
            if (ApplicationStatuses.Rank(status) < ApplicationStatuses.Rank(latest.Status) || version < latest.Version)
            {
                problems.Add($"{id}: reads {status} v{version}, but {latest.Command} was acknowledged as {latest.Status} v{latest.Version}");
            }

            var actions = application["auditTrail"]!.AsArray().Select(entry => (string)entry!["action"]!).ToList();
            foreach (var command in commands)
            {
                var times = actions.Count(action => action == command.Step.AuditAction);
                if (times != 1)
                {
                    problems.Add($"{id}: acknowledged {command.Command} appears {times} time(s) in the audit trail ({string.Join(", ", actions)})");
                }
            }
        });

        verdicts.NoProblems("every acknowledged command is readable through the API, exactly once", problems.ToList(),
            $"{acknowledged.Count} acknowledged commands on {applications.Count} applications");
    }

    /// <summary>
    /// Each learner's listing shows each of their acknowledged applications exactly once, none that no worker began
    /// to submit, and each with the acknowledged status or a later one (awaited: listings are fed after the commit).
    /// </summary>
    public async Task LearnerListingsShowEachApplicationOnceAsync(
        IReadOnlyList<(Guid ApplicationId, string LearnerIin)> attempted, IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var latestStatus = acknowledged.GroupBy(a => a.ApplicationId)
            .ToDictionary(g => g.Key, g => g.Max(a => ApplicationStatuses.Rank(a.Status)));
        var problems = await Eventually.NoProblemsAsync(async () =>
        {
            var found = new List<string>();
            foreach (var learner in attempted.GroupBy(s => s.LearnerIin))
            {
                var mine = learner.Select(s => s.ApplicationId).ToHashSet();
                var expected = acknowledged.Where(a => a.Step == WorkflowStep.Submit && mine.Contains(a.ApplicationId))
                    .Select(a => a.ApplicationId).ToHashSet();
                found.AddRange(await ListingProblemsAsync(learner.Key, expected, mine, latestStatus));
            }

            return found;
        });

        verdicts.NoProblems("each learner's listing shows each acknowledged application exactly once, and nothing else", problems,
            $"{attempted.Count} applications of {attempted.Select(s => s.LearnerIin).Distinct().Count()} learners");
    }

    private async Task<IReadOnlyList<string>> ListingProblemsAsync(
        string iin, HashSet<Guid> acknowledged, HashSet<Guid> attempted, Dictionary<Guid, int> latestStatus)
    {
        var rows = new List<(Guid Id, string Status)>();
        var totalCount = 0;
        string? after = null;
        do
        {
            var page = await Retrying.UntilDataAsync($"listing of learner {iin}",
                () => api.SendAsync(FaultOperations.LearnerApplications, new { iin, first = PageSize, after }, learnerTokens[iin]));
            var connection = page["learner"]!["applications"]!;
            totalCount = (int)connection["totalCount"]!;
            rows.AddRange(connection["edges"]!.AsArray().Select(e => (Guid.Parse((string)e!["node"]!["id"]!), (string)e["node"]!["status"]!)));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        var problems = new List<string>();
        var listed = rows.Select(r => r.Id).ToHashSet();
        problems.AddRange(rows.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => $"learner {iin}: {g.Key} listed {g.Count()} times"));
        problems.AddRange(acknowledged.Except(listed).Select(id => $"learner {iin}: acknowledged {id} not listed"));
        problems.AddRange(listed.Except(attempted).Select(id => $"learner {iin}: {id} listed but never submitted"));
        problems.AddRange(rows.Where(r => latestStatus.TryGetValue(r.Id, out var rank) && ApplicationStatuses.Rank(r.Status) < rank)
            .Select(r => $"learner {iin}: {r.Id} listed as {r.Status}, behind its acknowledged status"));
        if (totalCount != rows.Count)
        {
            problems.Add($"learner {iin}: totalCount {totalCount}, but {rows.Count} rows listed");
        }

        return problems;
    }
}
