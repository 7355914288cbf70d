using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Recognitions;

/// <summary>
/// Everything recognised for one learner at one institution, keyed by <see cref="LearnerRecognitionKeys"/>: small
/// (a learner's recognitions, bounded by their programmes), so that one recognition per course and the credit cap per
/// learner and programme hold across disciplines and applications. Called by application grains only.
/// </summary>
[Alias("nr.ILearnerRecognitionsGrain")]
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
}
