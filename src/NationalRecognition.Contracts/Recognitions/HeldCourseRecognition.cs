namespace NationalRecognition.Contracts.Recognitions;

/// <summary>A course recognised for a learner at an institution, with the programme and application it was recognised in.</summary>
[GenerateSerializer, Immutable, Alias("nr.HeldCourseRecognition")]
public sealed record HeldCourseRecognition(
    [property: Id(0)] CourseRecognition Recognition,
    [property: Id(1)] string ProgrammeCode,
    [property: Id(2)] Guid ApplicationId);
