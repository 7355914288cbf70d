using Orleans.CodeGeneration;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Recognitions;

/// <summary>
/// Everything recognised for one learner at one institution, keyed by <see cref="LearnerRecognitionKeys"/>: small
/// (a learner's recognitions, bounded by their programmes), so that one recognition per course and the credit cap per
/// learner and programme hold across disciplines and applications. Called by application grains only.
/// </summary>
/// <remarks>
/// Version 1 adds the pending applications (issue [14]): a silo of this release calls them only on an activation of a
/// version-1 silo (Orleans deactivates an older one and activates the grain again), and an older silo's calls are served
/// by either, so that a rolling upgrade never sends a new method to a silo that lacks it.
/// </remarks>
[Alias("nr.ILearnerRecognitionsGrain"), Version(1)]
public interface ILearnerRecognitionsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records a decision's recognitions, or refuses them (a course already recognised by another application or twice
    /// in this one, or the cap exceeded). Retry-safe: the same application's recognitions replace its earlier ones.
    /// </summary>
    [Alias("Recognise")]
    Task Recognise(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions, decimal? creditCap);

    [Alias("GetHeld"), ReadOnly]
    Task<IReadOnlyList<HeldCourseRecognition>> GetHeld();

    /// <summary>The learner's applications at the institution that are not yet final, with what each holds.</summary>
    [Alias("GetPending"), ReadOnly]
    Task<IReadOnlyList<PendingApplication>> GetPending();

    /// <summary>
    /// Records a submission's courses and units as pending, or refuses them (Conflict, clause 13) when another pending
    /// application put forward, or an earlier decision recognised, the same course for the same unit. Retry-safe.
    /// </summary>
    [Alias("ClaimSubmission")]
    Task ClaimSubmission(Guid applicationId, string programmeCode, IReadOnlyList<CourseForUnitInfo> putForward);

    /// <summary>
    /// Reserves a decision's recognitions before the decision commits, or refuses them as <see cref="Recognise"/> would,
    /// counting other applications' reservations as held; a reserved decision's <see cref="Recognise"/> is then not refused
    /// by a competing one. Retry-safe: the application's reservation is replaced.
    /// </summary>
    [Alias("ReserveDecision")]
    Task ReserveDecision(Guid applicationId, string programmeCode, IReadOnlyList<CourseRecognition> recognitions, decimal? creditCap);

    /// <summary>
    /// The application is final (decided, withdrawn) or was never stored: it holds nothing pending any more. With
    /// <paramref name="reservationOnly"/>, only its decision's reservation goes (the decision failed to commit).
    /// </summary>
    [Alias("Release")]
    Task Release(Guid applicationId, bool reservationOnly);
}
