using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Recognitions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Recognitions;

/// <summary>
/// One learner's recognitions and pending applications at one institution. The ledger rules (RecognitionLedger, the
/// course-and-unit rule) decide; one write records each change. The grain is not reentrant, so a check and the write it
/// allows are one step: two submissions, or two decisions, racing for one course are told apart here. Idle most of the
/// time, so its activation is collected soon after use.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class LearnerRecognitionsGrain(
    [PersistentState("learner-recognitions", StorageNames.Recognition)] IPersistentState<LearnerRecognitionsState> state,
    TimeProvider time)
    : Grain, ILearnerRecognitionsGrain
{
    public async Task Recognise(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions, decimal? creditCap)
    {
        RecognitionLedger.EnsureCanRecognise(Held(), applicationId, programmeCode, Asked(applicationId, programmeCode, recognitions), creditCap);

        var own = state.State.Held.Where(h => h.ApplicationId == applicationId).Select(h => h.Recognition).ToList();
        var pending = state.State.Pending.Exists(p => p.ApplicationId == applicationId);
        if (own.Count == recognitions.Count && own.All(recognitions.Contains))
        {
            if (pending)
            {
                await Commit(Without(applicationId), []);
            }

            return;
        }

        var next = Without(applicationId);
        next.Held.RemoveAll(h => h.ApplicationId == applicationId);
        next.Held.AddRange(recognitions.Select(r => new HeldCourseRecognition(r, programmeCode, applicationId)));
        await Commit(next, [new CoursesRecognised(applicationId, programmeCode, recognitions.Count, recognitions.Sum(r => r.Credits))]);
    }

    public Task<IReadOnlyList<HeldCourseRecognition>> GetHeld() => Task.FromResult<IReadOnlyList<HeldCourseRecognition>>(state.State.Held.ToList());

    public Task<IReadOnlyList<PendingApplication>> GetPending() => Task.FromResult<IReadOnlyList<PendingApplication>>(state.State.Pending.ToList());

    public async Task ClaimSubmission(Guid applicationId, string programmeCode, IReadOnlyList<CourseForUnitInfo> putForward)
    {
        CourseAndUnitRule.EnsureFree(putForward.Select(p => new CourseForUnit(p.Course, p.UnitCode)).ToList(), LearnerApplications.Earlier(state.State, applicationId));
        if (state.State.Pending.Find(p => p.ApplicationId == applicationId) is { } own && own.PutForward.SequenceEqual(putForward))
        {
            return;
        }

        var next = Without(applicationId);
        next.Pending.Add(new PendingApplication(applicationId, programmeCode, putForward.ToList(), []));
        await Commit(next, []);
    }

    public async Task ReserveDecision(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions, decimal? creditCap)
    {
        var reservedByOthers = state.State.Pending.Where(p => p.ApplicationId != applicationId)
            .SelectMany(p => p.Reserved.Select(r => new HeldRecognition(r.Course, r.UnitCode, p.ProgrammeCode, r.Credits, p.ApplicationId)));
        RecognitionLedger.EnsureCanRecognise(
            Held().Concat(reservedByOthers).ToList(), applicationId, programmeCode, Asked(applicationId, programmeCode, recognitions), creditCap);

        var own = state.State.Pending.Find(p => p.ApplicationId == applicationId);
        if (own is not null && own.Reserved.SequenceEqual(recognitions))
        {
            return;
        }

        var next = Without(applicationId);
        next.Pending.Add(new PendingApplication(applicationId, programmeCode, own?.PutForward ?? [], recognitions.ToList()));
        await Commit(next, []);
    }

    public async Task Release(Guid applicationId, bool reservationOnly)
    {
        if (state.State.Pending.Find(p => p.ApplicationId == applicationId) is not { } own || (reservationOnly && own.Reserved.Count == 0))
        {
            return;
        }

        var next = Without(applicationId);
        if (reservationOnly)
        {
            next.Pending.Add(own with { Reserved = [] });
        }

        await Commit(next, []);
    }

    private List<HeldRecognition> Held() =>
        state.State.Held.Select(h => new HeldRecognition(h.Recognition.Course, h.Recognition.UnitCode, h.ProgrammeCode, h.Recognition.Credits, h.ApplicationId)).ToList();

    private static List<HeldRecognition> Asked(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions) =>
        recognitions.Select(r => new HeldRecognition(r.Course, r.UnitCode, programmeCode, r.Credits, applicationId)).ToList();

    /// <summary>The next state without the application's pending entry.</summary>
    private LearnerRecognitionsState Without(Guid applicationId)
    {
        var next = state.State.Copy();
        next.Pending.RemoveAll(p => p.ApplicationId == applicationId);
        return next;
    }

    private Task Commit(LearnerRecognitionsState next, IReadOnlyList<IPlatformEvent> events)
    {
        var institution = LearnerRecognitionKeys.InstitutionOf(this.GetPrimaryKeyString());
        return state.CommitAsync(next, events.Select(e => EventCatalogue.Pending(e, Actor.System, institution, time.GetUtcNow())), this);
    }
}
