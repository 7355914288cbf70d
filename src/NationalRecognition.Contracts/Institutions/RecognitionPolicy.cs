using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>
/// What each institution decides for itself: no national grade formula, credit cap or credit–hour ratio exists
/// (RULES.md reference facts), so they are per-institution settings, checked when set (RecognitionSettings).
/// </summary>
/// <param name="MaxRecognisedCreditsPerApplication">
/// The cap as first stored, per application; read as the cap per learner and programme when
/// <paramref name="MaxRecognisedCredits"/> is not set (policies stored before the cap moved).
/// </param>
/// <param name="HoursPerCredit">Academic hours per credit for every level; null for the national defaults (30 higher, 24 TVET).</param>
/// <param name="MaxRecognisedCredits">Most credits recognised for one learner in one programme, across applications; null for no cap.</param>
[GenerateSerializer, Immutable, Alias("nr.RecognitionPolicy")]
public sealed record RecognitionPolicy(
    [property: Id(0)] string GradeScaleId,
    [property: Id(1)] decimal? MaxRecognisedCreditsPerApplication = null,
    [property: Id(2)] decimal? HoursPerCredit = null,
    [property: Id(3)] decimal? MaxRecognisedCredits = null)
{
    public static RecognitionPolicy Default { get; } = new(GradeScale.Default.Id);

    /// <summary>The cap per learner and programme in effect.</summary>
    public decimal? CreditCap => MaxRecognisedCredits ?? MaxRecognisedCreditsPerApplication;
}
