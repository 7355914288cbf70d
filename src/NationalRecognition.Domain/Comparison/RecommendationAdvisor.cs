namespace NationalRecognition.Domain.Comparison;

/// <summary>
/// Suggests full or partial recognition from a clause-9 comparison. Only a suggestion: the Commission decides.
/// A comparison that covers no outcome or carries a failing grade has nothing to recognise, so it gets None.
/// </summary>
public static class RecommendationAdvisor
{
    public static Recommendation Recommend(DisciplineComparison comparison)
    {
        var reasons = new List<string>();

        if (comparison.Coverage.Covered == 0)
        {
            reasons.Add($"The course covers none of the {comparison.Coverage.Total} learning outcomes of {comparison.Syllabus.Code}.");
        }

        if (!comparison.Grade.Passed)
        {
            reasons.Add("The certificate's grade is a fail.");
        }

        if (reasons.Count > 0)
        {
            return new Recommendation(RecognitionRecommendation.None, reasons);
        }

        if (!comparison.ContentMatches)
        {
            reasons.Add("The content of the programme does not match the discipline's.");
        }

        if (!comparison.ObjectivesMatch)
        {
            reasons.Add("The objectives of the programme do not match the discipline's.");
        }

        if (!comparison.Coverage.IsComplete)
        {
            reasons.Add($"{comparison.Coverage.Covered} of {comparison.Coverage.Total} learning outcomes are covered; missing: {string.Join(", ", comparison.Coverage.MissingOutcomeIds)}.");
        }

        if (comparison.Volume.Verdict == VolumeVerdict.Short)
        {
            reasons.Add($"The volume is short: {comparison.Volume.CertificateCredits:0.##} credits against {comparison.Volume.DisciplineCredits:0.##}.");
        }

        return reasons.Count == 0
            ? new Recommendation(RecognitionRecommendation.Full, ["Content and objectives match, the syllabus is fully covered and the volume is sufficient."])
            : new Recommendation(RecognitionRecommendation.Partial, reasons);
    }
}
