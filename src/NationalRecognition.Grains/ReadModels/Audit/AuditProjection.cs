using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Audit;

/// <summary>
/// The audit log: one append-only row per event — every mutation and every refusal — in the log of the
/// institution it concerns (or the platform's). No daily cap: the rows are the log's, and nothing is lost
/// while the projector is down, because the events are already committed. An event this build cannot read stops the
/// projection (<see cref="UnknownEventException"/>) rather than leave a row that says nothing.
/// </summary>
public sealed class AuditProjection : IProjection
{
    public const string ProjectionName = "audit";

    public string Name => ProjectionName;

    public IEnumerable<ReadModelChange> Project(RecordedEvent recorded)
    {
        var @event = EventCatalogue.Read(recorded);
        var (action, target, outcome, detail) = @event switch
        {
            CommandRefused refused => (refused.Action, refused.Target, refused.Outcome, refused.Describe()),
            CommandRefusedV1 refused => (refused.Action, refused.Target, refused.Outcome, refused.Describe()),
            SubmissionRefusedAtDoor refused => (recorded.EventType, recorded.StreamId, AuditOutcome.Refused, refused.Describe()),
            SubmissionRefusedAtDoorV2 refused => (recorded.EventType, recorded.StreamId, AuditOutcome.Refused, refused.Describe()),
            null => throw new UnknownEventException(Name, recorded),
            _ => (recorded.EventType, recorded.StreamId, AuditOutcome.Succeeded, @event.Describe()),
        };
        yield return new AuditAppend(
            recorded.InstitutionBin ?? AuditScopes.Platform,
            new AuditRecord(recorded.Position.Position, recorded.OccurredAt, recorded.SubjectId, ActorRoles.FromStoredName(recorded.Role),
                recorded.ActorInstitutionBin, action, target, outcome, detail));
    }
}
