using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Domain.Comparison;

/// <summary>What the Commission (or its secretary) records when comparing one appendix entry with one discipline.</summary>
public sealed record ComparisonInput
{
    public required DisciplineSyllabus Syllabus { get; init; }

    /// <summary>Clause 9: the programme's content matches the discipline's.</summary>
    public required bool ContentMatches { get; init; }

    /// <summary>Clause 9: the programme's objectives match the discipline's.</summary>
    public required bool ObjectivesMatch { get; init; }

    /// <summary>The syllabus learning outcomes the certificate's course covers.</summary>
    public required IReadOnlyCollection<string> CoveredOutcomeIds { get; init; }

    /// <summary>The compared appendix entry; it must have a volume and a grade (clause 10).</summary>
    public required AppendixEntry CertificateEntry { get; init; }

    public required InstitutionKind Level { get; init; }

    public CreditHourRatio Ratio { get; init; } = CreditHourRatio.Default;

    public GradeScale Scale { get; init; } = GradeScale.Default;
}
