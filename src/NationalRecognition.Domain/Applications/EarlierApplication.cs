namespace NationalRecognition.Domain.Applications;

/// <summary>
/// One of the learner's earlier applications at the same institution, as far as the course-and-unit rule needs it:
/// every course and unit it put forward, and those its decision recognised.
/// </summary>
public sealed record EarlierApplication(Guid Id, ApplicationStatus Status, IReadOnlyList<CourseForUnit> PutForward, IReadOnlyList<CourseForUnit> Recognised)
{
    /// <summary>The pairs it still holds: all while pending, the recognised ones once decided, none once refused or withdrawn.</summary>
    public IReadOnlyList<CourseForUnit> Holds => Status switch
    {
        ApplicationStatus.Submitted or ApplicationStatus.UnderReview => PutForward,
        ApplicationStatus.Recognised or ApplicationStatus.PartlyRecognised => Recognised,
        _ => [],
    };
}
