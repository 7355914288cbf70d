namespace NationalRecognition.Contracts.Recognitions;

/// <summary>A course (its normalised identity, CourseIdentity) put forward for one unit of the curriculum.</summary>
[GenerateSerializer, Immutable, Alias("nr.CourseForUnitInfo")]
public sealed record CourseForUnitInfo(
    [property: Id(0)] string Course,
    [property: Id(1)] string UnitCode);
