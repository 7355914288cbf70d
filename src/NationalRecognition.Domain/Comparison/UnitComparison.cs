using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Comparison;

/// <summary>
/// Every appendix entry compared with one discipline or module, taken together (clause 9): two courses that each
/// cover part of a syllabus may together cover it. An entry supports a recognition only when its content and its
/// objectives were recorded as matching and its confirmed grade passes; the supporting entries' covered outcomes
/// combine, and so do their volumes.
/// </summary>
public sealed record UnitComparison
{
    private const string Clause = "9";

    private UnitComparison(DisciplineSyllabus syllabus, IReadOnlyList<DisciplineComparison> entries)
    {
        Syllabus = syllabus;
        Entries = entries;
        Supporting = entries.Where(e => e.ContentMatches && e.ObjectivesMatch && e.Grade.Passed).ToArray();
        var covered = new HashSet<string>(Supporting.SelectMany(e => e.Coverage.CoveredOutcomeIds), StringComparer.OrdinalIgnoreCase);
        Coverage = new Coverage(
            syllabus.OutcomeIds.Where(covered.Contains).ToArray(),
            syllabus.OutcomeIds.Where(id => !covered.Contains(id)).ToArray());
    }

    public DisciplineSyllabus Syllabus { get; }

    /// <summary>Every comparison recorded for the unit, in the order recorded.</summary>
    public IReadOnlyList<DisciplineComparison> Entries { get; }

    /// <summary>The entries that may support a recognition: content and objectives matching, grade passing.</summary>
    public IReadOnlyList<DisciplineComparison> Supporting { get; }

    /// <summary>The syllabus outcomes the supporting entries cover together.</summary>
    public Coverage Coverage { get; }

    /// <summary>The supporting entries' volume in credits at the institution's ratio, added up: recorded beside the recognition, never a bar to it.</summary>
    public decimal SupportingCredits => Supporting.Sum(e => e.Volume.CertificateCredits);

    /// <summary>Comparisons of one syllabus, each for a different appendix entry.</summary>
    public static UnitComparison Of(IEnumerable<DisciplineComparison> comparisons)
    {
        var entries = Guard.List(comparisons, "Comparisons");
        if (entries.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("unitComparison.unitComparisonNeeds"), "Comparisons", Clause);
        }

        var syllabus = entries[0].Syllabus;
        if (entries.Any(e => !NameText.Same(e.Syllabus.Code, syllabus.Code) || e.Syllabus.Kind != syllabus.Kind))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("unitComparison.comparisonsDifferentUnits", ("code", syllabus.Code)), "Comparisons", Clause);
        }

        return new UnitComparison(syllabus, entries);
    }

    /// <summary>
    /// The grade the comparison confirms: the lowest passing grade of the supporting entries (by GPA points; a letter
    /// grade before a bare pass, which has no band), so a recognition never carries a grade better than any course
    /// it rests on. Null when nothing supports a recognition.
    /// </summary>
    public ConvertedGrade? ConfirmedGrade => Supporting
        .Select(e => e.Grade)
        .OrderBy(g => g.GpaPoints is null ? 1 : 0)
        .ThenBy(g => g.GpaPoints)
        .FirstOrDefault();

    /// <summary>
    /// Refuses, citing clause 9, a recognition the recorded comparison contradicts: no entry whose content or objectives
    /// were recorded as matching, a failing confirmed grade, or fewer outcomes covered than the regulation needs for
    /// the extent recognised.
    /// </summary>
    public void EnsureSupports(RecognitionExtent extent, CoverageRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var code = Syllabus.Code;
        if (!Entries.Any(e => e.ContentMatches))
        {
            throw Contradicted(Message.Of("unitComparison.contentMismatch", ("code", code)));
        }

        if (!Entries.Any(e => e.ContentMatches && e.ObjectivesMatch))
        {
            throw Contradicted(Message.Of("unitComparison.objectivesMismatch", ("code", code)));
        }

        if (Supporting.Count == 0)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("unitComparison.codeCannotRecognised", ("code", code)),
                "Grade");
        }

        var needed = extent == RecognitionExtent.Whole ? requirement.ForWhole : requirement.ForPart;
        if (!needed.IsMetBy(Coverage.Covered, Coverage.Total))
        {
            throw Contradicted(Message.Of(
                (extent == RecognitionExtent.Whole ? "unitComparison.coverageShortWhole" : "unitComparison.coverageShortPart")
                    + (Coverage.MissingOutcomeIds.Count > 0 ? "Missing" : string.Empty),
                ("code", code),
                ("covered", Coverage.Covered),
                ("total", Coverage.Total),
                ("needed", needed.Describe()),
                ("missing", string.Join(", ", Coverage.MissingOutcomeIds))));
        }
    }

    private static DomainException Contradicted(Message reason) =>
        new(DomainErrorCode.RuleViolation, reason, "Decisions", Clause);
}
