using NationalRecognition.FaultTests.Workload;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>
/// How the event-log write path (migration 0004, ADR 0005) names an application in its tables: the grain type and
/// key of <c>StateKey</c> (stream id <c>type/key</c>, an Orleans Guid key written as 32 hex digits), the event types
/// (the audit actions of the application's trail) and where an event's payload carries the application's status
/// (its summary, enums by name). Everything the SQL checks assume about names is here.
/// </summary>
public static class EventLogNames
{
    public const string ApplicationGrainType = "application";

    public const string ApplicationStreamPrefix = ApplicationGrainType + "/";

    /// <summary>Path (PostgreSQL <c>#&gt;&gt;</c>) of the status in an application event's payload (the application summary).</summary>
    public static IReadOnlyList<string> PayloadStatusPath { get; } = ["summary", "status"];

    /// <summary>The event type a workflow command appends: its audit action.</summary>
    public static string EventType(WorkflowStep step) => step.AuditAction;

    public static string GrainKey(Guid applicationId) => applicationId.ToString("N");

    public static string StreamId(Guid applicationId) => ApplicationStreamPrefix + GrainKey(applicationId);
}
