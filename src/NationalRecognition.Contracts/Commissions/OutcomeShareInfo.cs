namespace NationalRecognition.Contracts.Commissions;

/// <summary>A share of a syllabus's learning outcomes as an exact fraction (1/1 every outcome; 0/1 at least one).</summary>
[GenerateSerializer, Immutable, Alias("nr.OutcomeShareInfo")]
public sealed record OutcomeShareInfo(
    [property: Id(0)] int Numerator,
    [property: Id(1)] int Denominator);
