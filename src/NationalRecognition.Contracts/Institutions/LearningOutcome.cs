namespace NationalRecognition.Contracts.Institutions;

/// <summary>A learning outcome of a discipline's syllabus; clause 9 asks which ones a certificate covers.</summary>
[GenerateSerializer, Immutable, Alias("nr.LearningOutcome")]
public sealed record LearningOutcome(
    [property: Id(0)] string Id,
    [property: Id(1)] string Description);
