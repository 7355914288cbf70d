namespace NationalRecognition.Contracts.Recognitions;

/// <summary>One course a decision recognises: its normalised identity (CourseIdentity), the item it replaces, the credits.</summary>
[GenerateSerializer, Immutable, Alias("nr.CourseRecognition")]
public sealed record CourseRecognition(
    [property: Id(0)] string Course,
    [property: Id(1)] string UnitCode,
    [property: Id(2)] decimal Credits);
