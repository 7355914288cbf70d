using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Persistence.Tests.ReadModels.Projector;

/// <summary>
/// The audit projection of a newer build: it also reads <see cref="EventType"/>, which this build's catalogue does not
/// know. Stands in for the release that wrote such an event, so that a test can show a stopped projection resume.
/// </summary>
internal sealed class ReaderOfFutureEvents : IProjection
{
    public const string EventType = "FutureEvent";

    private readonly IProjection _audit = new AuditProjection();

    public string Name => _audit.Name;

    public bool Reads(RecordedEvent recorded) => recorded.EventType == EventType || _audit.Reads(recorded);

    public IEnumerable<ReadModelChange> Project(RecordedEvent recorded) => recorded.EventType == EventType
        ?
        [
            new AuditAppend(recorded.InstitutionBin ?? AuditScopes.Platform, new AuditRecord(
                recorded.Position.Position, recorded.OccurredAt, recorded.SubjectId, ActorRoles.FromStoredName(recorded.Role),
                recorded.ActorInstitutionBin, recorded.EventType, recorded.StreamId, AuditOutcome.Succeeded, "read by a newer build")),
        ]
        : _audit.Project(recorded);
}
