using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// The application's own events are its trail, with any refusal at the door before it (the only trail of an application
/// never accepted): read from the log, not kept in the grain's state.
/// </summary>
internal static class ApplicationTrail
{
    public static async Task<IReadOnlyList<AuditTrailEntry>> ReadAsync(IEventStore eventStore, GrainId application, Actor actor)
    {
        var recorded = await eventStore.ReadStreamAsync(StateKey.Of(application).StreamId, CancellationToken.None);
        return recorded.Where(e => e.StreamVersion is not null || IsRefusalFor(e, actor))
            .Select(e => new AuditTrailEntry(
                e.StreamVersion ?? 0,
                e.OccurredAt,
                new Actor(e.SubjectId, ActorRoles.FromStoredName(e.Role), e.ActorInstitutionBin),
                e.EventType,
                EventCatalogue.Read(e)?.Describe() ?? string.Empty))
            .ToList();
    }

    /// <summary>A refusal at the door is shown to its learner, staff of the institution addressed, and administrators.</summary>
    private static bool IsRefusalFor(RecordedEvent recorded, Actor actor) =>
        recorded.StreamVersion is null
        && EventCatalogue.Read(recorded) switch
        {
            SubmissionRefusedAtDoor refusal => IsAllowed(() => AccessPolicy.ReadApplication(actor, refusal.LearnerIin, refusal.InstitutionBin)),
            SubmissionRefusedAtDoorV1 refusal => IsAllowed(() => AccessPolicy.ReadApplication(actor, refusal.LearnerIin, refusal.InstitutionBin)),
            _ => false,
        };

    private static bool IsAllowed(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }
}
