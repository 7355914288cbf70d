using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Recognitions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Recognitions;

/// <summary>
/// One learner's recognitions at one institution. The ledger rules (RecognitionLedger) decide; one write records the
/// recognitions with their event. Idle most of the time, so its activation is collected soon after use.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class LearnerRecognitionsGrain(
    [PersistentState("learner-recognitions", StorageNames.Recognition)] IPersistentState<LearnerRecognitionsState> state,
    TimeProvider time)
    : Grain, ILearnerRecognitionsGrain
{
    public async Task Recognise(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions, decimal? creditCap)
    {
        var held = state.State.Held.Select(h => new HeldRecognition(h.Recognition.Course, h.Recognition.UnitCode, h.ProgrammeCode, h.Recognition.Credits, h.ApplicationId)).ToList();
        var asked = recognitions.Select(r => new HeldRecognition(r.Course, r.UnitCode, programmeCode, r.Credits, applicationId)).ToList();
        RecognitionLedger.EnsureCanRecognise(held, applicationId, programmeCode, asked, creditCap);

        var own = state.State.Held.Where(h => h.ApplicationId == applicationId).Select(h => h.Recognition).ToList();
        if (own.Count == recognitions.Count && own.All(recognitions.Contains))
        {
            return;
        }

        var next = state.State.Copy();
        next.Held.RemoveAll(h => h.ApplicationId == applicationId);
        next.Held.AddRange(recognitions.Select(r => new HeldCourseRecognition(r, programmeCode, applicationId)));
        var institution = LearnerRecognitionKeys.InstitutionOf(this.GetPrimaryKeyString());
        var @event = new CoursesRecognised(applicationId, programmeCode, recognitions.Count, recognitions.Sum(r => r.Credits));
        await state.CommitAsync(next, [EventCatalogue.Pending(@event, Actor.System, institution, time.GetUtcNow())], this);
    }

    public Task<IReadOnlyList<HeldCourseRecognition>> GetHeld() => Task.FromResult<IReadOnlyList<HeldCourseRecognition>>(state.State.Held.ToList());
}
