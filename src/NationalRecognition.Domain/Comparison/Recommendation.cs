namespace NationalRecognition.Domain.Comparison;

/// <summary>A recommendation with the reasons a person reads before deciding.</summary>
public sealed record Recommendation(RecognitionRecommendation Kind, IReadOnlyList<string> Reasons);
