using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Comparison;

/// <summary>
/// The clause-9 comparison of one certificate course with one requested discipline or module: content, objectives,
/// coverage of the syllabus, volume and the converted grade. It records what was compared; the Commission decides.
/// </summary>
public sealed record DisciplineComparison
{
    private DisciplineComparison(
        DisciplineSyllabus syllabus,
        string certificateEntryName,
        bool contentMatches,
        bool objectivesMatch,
        Coverage coverage,
        VolumeEquivalence volume,
        ConvertedGrade grade)
    {
        Syllabus = syllabus;
        CertificateEntryName = certificateEntryName;
        ContentMatches = contentMatches;
        ObjectivesMatch = objectivesMatch;
        Coverage = coverage;
        Volume = volume;
        Grade = grade;
    }

    public DisciplineSyllabus Syllabus { get; }

    public string CertificateEntryName { get; }

    public bool ContentMatches { get; }

    public bool ObjectivesMatch { get; }

    public Coverage Coverage { get; }

    public VolumeEquivalence Volume { get; }

    public ConvertedGrade Grade { get; }

    public static DisciplineComparison Create(ComparisonInput input)
    {
        var syllabus = input.Syllabus;
        var entry = input.CertificateEntry;
        if (entry.Volume is null || entry.Grade is null)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("disciplineComparison.appendixEntryName", ("name", entry.Name)),
                entry.Volume is null ? "CertificateEntry.Volume" : "CertificateEntry.Grade",
                "10");
        }

        var covered = Guard.List(input.CoveredOutcomeIds, "CoveredOutcomeIds");
        var unknown = covered.Where(id => !syllabus.OutcomeIds.Contains(id, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (unknown.Length > 0)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("disciplineComparison.outcomeValueAre", ("outcomes", string.Join(", ", unknown)), ("code", syllabus.Code)),
                "CoveredOutcomeIds",
                "9");
        }

        var coveredSet = new HashSet<string>(covered, StringComparer.OrdinalIgnoreCase);
        var coverage = new Coverage(
            syllabus.OutcomeIds.Where(coveredSet.Contains).ToArray(),
            syllabus.OutcomeIds.Where(id => !coveredSet.Contains(id)).ToArray());

        var volume = new VolumeEquivalence(
            VolumeConverter.ToCredits(entry.Volume, input.Level, input.Ratio),
            syllabus.Credits,
            input.Ratio.HoursPerCredit(input.Level));

        return new DisciplineComparison(
            syllabus,
            entry.Name,
            input.ContentMatches,
            input.ObjectivesMatch,
            coverage,
            volume,
            GradeConverter.Convert(entry.Grade, input.Scale));
    }
}
