using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Grains.Telemetry;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// A submission refused for a rule reason, recorded with its clause and reason in the application's stream and the
/// institution's audit log: a dated trace the learner can read back (the application's trail) and contest. It is the
/// refusal's only record: the audit filter records nothing more for it (<see cref="Audit.IRecordsOwnRefusals"/>). The
/// learner's IIN is sealed under their data key, so that it can be shredded when its retention ends (docs/privacy.md).
/// </summary>
internal static class DoorRefusals
{
    public static async Task RecordAsync(
        IEventStore eventStore, ILearnerKeyStore keys, GrainId application, Guid applicationId, SubmitApplication command, string institutionBin,
        DomainException refusal, Actor actor, DateTimeOffset now)
    {
        var key = await keys.GetOrCreateAsync(LearnerKeys.For(command.LearnerIin), now, CancellationToken.None);
        var @event = EventCatalogue.Pending(
            new SubmissionRefusedAtDoor(applicationId, PersonalDataCipher.Seal(key, command.LearnerIin), institutionBin, command.ProgrammeCode, command.AcademicPeriodId,
                refusal.Code.ToString(), refusal.Clause, refusal.Reason),
            actor, institutionBin, now);
        await eventStore.AppendAsync(StateKey.Of(application).StreamId, @event, CancellationToken.None);
        PlatformMetrics.Committed([@event]);
    }
}
