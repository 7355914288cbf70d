using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// How much of a syllabus's learning outcomes the compared courses must cover for a whole or a partial recognition.
/// Clause 9 names what the Commission studies (content, objectives, completeness of coverage), not what suffices, so
/// this is the organisation's regulation (clause 22). Default: every outcome for a whole recognition, at least one
/// for a partial one. Always at least one outcome: a recognition of nothing covered contradicts the comparison.
/// </summary>
public sealed record CoverageRequirement
{
    private CoverageRequirement(OutcomeShare forWhole, OutcomeShare forPart)
    {
        ForWhole = forWhole;
        ForPart = forPart;
    }

    public static CoverageRequirement Default { get; } = new(OutcomeShare.All, OutcomeShare.Some);

    /// <summary>The share of the syllabus's outcomes a whole recognition needs covered.</summary>
    public OutcomeShare ForWhole { get; }

    /// <summary>The share a partial recognition needs covered.</summary>
    public OutcomeShare ForPart { get; }

    /// <summary>A regulation's own shares; a whole recognition never needs less than a partial one.</summary>
    public static CoverageRequirement Of(OutcomeShare forWhole, OutcomeShare forPart)
    {
        ArgumentNullException.ThrowIfNull(forWhole);
        ArgumentNullException.ThrowIfNull(forPart);
        if (forWhole.Numerator * forPart.Denominator < forPart.Numerator * forWhole.Denominator)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("coverageRequirement.wholeRecognitionCannot", ("whole", forWhole.Describe()), ("part", forPart.Describe())),
                "Regulation.Coverage",
                CommissionRules.RegulationClause);
        }

        return new(forWhole, forPart);
    }
}
