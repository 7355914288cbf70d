using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Grains.Recognitions;

/// <summary>A learner's earlier applications at an institution as the course-and-unit rule reads them, from their ledger.</summary>
internal static class LearnerApplications
{
    /// <summary>Every application but <paramref name="except"/>: the pending ones with what they put forward, the decided ones with what they recognised.</summary>
    public static IReadOnlyList<EarlierApplication> Earlier(IReadOnlyList<PendingApplication> pending, IReadOnlyList<HeldCourseRecognition> held, Guid except) =>
        pending.Where(p => p.ApplicationId != except)
            .Select(p => new EarlierApplication(p.ApplicationId, ApplicationStatus.Submitted, p.PutForward.Select(c => new CourseForUnit(c.Course, c.UnitCode)).ToList(), []))
            .Concat(held.Where(h => h.ApplicationId != except).GroupBy(h => h.ApplicationId)
                .Select(g => new EarlierApplication(g.Key, ApplicationStatus.Recognised, [],
                    g.Select(h => new CourseForUnit(h.Recognition.Course, h.Recognition.UnitCode)).ToList())))
            .ToList();

    public static IReadOnlyList<EarlierApplication> Earlier(LearnerRecognitionsState state, Guid except) => Earlier(state.Pending, state.Held, except);
}
