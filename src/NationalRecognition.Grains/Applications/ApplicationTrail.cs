using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// The application's own events are its trail, with any refusal at the door before it (the only trail of an application
/// never accepted): read from the log, not kept in the grain's state.
/// </summary>
internal static class ApplicationTrail
{
    public static async Task<IReadOnlyList<AuditTrailEntry>> ReadAsync(IEventStore eventStore, ILearnerKeyStore keys, GrainId application, Actor actor)
    {
        var recorded = await eventStore.ReadStreamAsync(StateKey.Of(application).StreamId, CancellationToken.None);
        var shown = new List<RecordedEvent>(recorded.Count);
        foreach (var e in recorded)
        {
            if (e.StreamVersion is not null || await IsRefusalForAsync(e, keys, actor))
            {
                shown.Add(e);
            }
        }

        return shown.Select(e => new AuditTrailEntry(
                e.StreamVersion ?? 0,
                e.OccurredAt,
                new Actor(e.SubjectId, ActorRoles.FromStoredName(e.Role), e.ActorInstitutionBin),
                e.EventType,
                EventCatalogue.Read(e)?.Describe() ?? string.Empty))
            .ToList();
    }

    /// <summary>
    /// A refusal at the door is shown to its learner, staff of the institution addressed, and administrators. Once the
    /// learner's data key is shredded the refusal names no learner, so only the institution's staff and administrators see it.
    /// </summary>
    private static async Task<bool> IsRefusalForAsync(RecordedEvent recorded, ILearnerKeyStore keys, Actor actor)
    {
        if (recorded.StreamVersion is not null)
        {
            return false;
        }

        switch (EventCatalogue.Read(recorded))
        {
            case SubmissionRefusedAtDoor refusal:
                var iin = await PersonalFields.OpenAsync(keys, refusal.LearnerIin, CancellationToken.None);
                return iin is null
                    ? IsAllowed(() => AccessPolicy.ReadInstitutionListing(actor, refusal.InstitutionBin))
                    : IsAllowed(() => AccessPolicy.ReadApplication(actor, iin, refusal.InstitutionBin));
            case SubmissionRefusedAtDoorV2 refusal:
                return IsAllowed(() => AccessPolicy.ReadApplication(actor, refusal.LearnerIin, refusal.InstitutionBin));
            case SubmissionRefusedAtDoorV1 refusal:
                return IsAllowed(() => AccessPolicy.ReadApplication(actor, refusal.LearnerIin, refusal.InstitutionBin));
            default:
                return false;
        }
    }

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
