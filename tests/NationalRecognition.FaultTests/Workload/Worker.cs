using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;

namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// One learner submitting applications one after another (each with its own idempotency key) while the chair takes
/// every second one into review, compares every second of those and decides every second of those: application n
/// goes through the first 1 + n mod 4 steps. Every step is retried until the platform gives a definite answer;
/// every acknowledged command is recorded. Stops before its next application once <c>stop</c> is signalled.
/// </summary>
public sealed class Worker(
    int number,
    string learnerIin,
    string learnerToken,
    SeededInstitution institution,
    GatewayApi api,
    AcknowledgementLog log,
    PhaseLog clock)
{
    public string LearnerIin => learnerIin;

    public string LearnerToken => learnerToken;

    public async Task RunAsync(CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = $"fault-w{number}-{n}";
            var id = NationalRecognition.Contracts.Applications.ApplicationIds.FromIdempotencyKey(learnerIin, key);
            log.Submitting(id, learnerIin);
            var version = await StepAsync(WorkflowStep.Submit, id, learnerToken, 0,
                new Dictionary<string, object?> { ["input"] = institution.Application(learnerIin, key) });

            var steps = n % WorkflowStep.All.Count;
            if (steps >= 1)
            {
                version = await StepAsync(WorkflowStep.StartReview, id, institution.ChairToken, version, new() { ["id"] = id });
            }

            if (steps >= 2)
            {
                version = await StepAsync(WorkflowStep.RecordComparison, id, institution.ChairToken, version,
                    new() { ["id"] = id, ["input"] = SeededInstitution.FullMatch(key) });
            }

            if (steps >= 3)
            {
                await StepAsync(WorkflowStep.Decide, id, institution.ChairToken, version,
                    new() { ["id"] = id, ["input"] = SeededInstitution.Recognise() });
            }
        }
    }

    /// <summary>Sends one command until it is answered; returns the application's version after it.</summary>
    private async Task<int> StepAsync(WorkflowStep step, Guid id, string token, int lastVersion, Dictionary<string, object?> variables)
    {
        if (FaultOperations.TakesExpectedVersion(step.Operation) && step != WorkflowStep.Submit)
        {
            variables["expectedVersion"] = lastVersion;
        }

        var what = $"{step.Name} of application {id} (worker {number})";
        var retried = await Retrying.UntilAnsweredAsync(what, () => api.SendAsync(step.Operation, variables, token));
        if (retried.Answer.Data is { } data)
        {
            var result = data[step.Field]!;
            var version = (int)result["version"]!;
            log.Record(new AcknowledgedCommand(id, learnerIin, step.Name, version, (string)result["status"]!, clock.Now, retried.Attempts));
            return version;
        }

        if (!retried.HadUnknownOutcome)
        {
            throw new InvalidOperationException($"{what} was refused: {retried.Answer.Detail}");
        }

        // An earlier attempt may have been applied and its answer lost; the retry was then refused (e.g. the
        // transition was already made). Applied: carry on without an acknowledgement. Not applied: a real refusal.
        var current = await Retrying.UntilDataAsync($"reading application {id} after a refused retry of {step.Name}",
            () => api.SendAsync(FaultOperations.Application, new { id }, learnerToken));
        var application = current["application"];
        if (application is null || !IsApplied(step, application))
        {
            throw new InvalidOperationException(
                $"{what} was refused after an attempt with an unknown outcome, and is not applied: {retried.Answer.Detail}; the application is {application?.ToJsonString() ?? "not found"}");
        }

        log.RecordAppliedWithoutAcknowledgement(id, step.Name);
        return (int)application["version"]!;
    }

    private static bool IsApplied(WorkflowStep step, JsonNode application) =>
        step == WorkflowStep.RecordComparison
            ? application["comparisons"]!.AsArray().Any(c => (string?)c!["unitCode"] == SeededInstitution.UnitCode)
            : ApplicationStatuses.Rank((string)application["status"]!) >= step.ResultRank;
}
