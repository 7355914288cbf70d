using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>
/// What each institution decides for itself: no national grade formula or credit cap exists
/// (RULES.md reference facts), so both are per-institution settings.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.RecognitionPolicy")]
public sealed record RecognitionPolicy(
    [property: Id(0)] string GradeScaleId,
    [property: Id(1)] decimal? MaxRecognisedCreditsPerApplication = null)
{
    public static RecognitionPolicy Default { get; } = new(GradeScale.Default.Id);
}
