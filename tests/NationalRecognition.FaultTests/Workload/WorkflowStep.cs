using NationalRecognition.FaultTests.Api;

namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// One command of the recognition workflow as the workers send it: its operation, the result field, the action
/// its audit entry (and event) carries, and the status rank it leads to.
/// </summary>
public sealed record WorkflowStep(string Name, string Operation, string Field, string AuditAction, int ResultRank)
{
    public static WorkflowStep Submit { get; } = new("submitApplication", FaultOperations.SubmitApplication, "submitApplication", "ApplicationSubmitted", 0);

    public static WorkflowStep StartReview { get; } = new("startReview", FaultOperations.StartReview, "startReview", "ApplicationReviewStarted", 1);

    public static WorkflowStep RecordComparison { get; } = new("recordComparison", FaultOperations.RecordComparison, "recordComparison", "ComparisonRecorded", 1);

    public static WorkflowStep Decide { get; } = new("decideApplication", FaultOperations.DecideApplication, "decideApplication", "ApplicationDecided", 2);

    /// <summary>In workflow order.</summary>
    public static IReadOnlyList<WorkflowStep> All { get; } = [Submit, StartReview, RecordComparison, Decide];

    public static WorkflowStep Named(string name) => All.Single(step => step.Name == name);
}
