using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Institutions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Comparison;

public sealed class DisciplineComparisonTests
{
    private static readonly DisciplineSyllabus MachineLearning =
        new("CS-301", "Machine Learning", RequestedItemKind.Discipline, 5, ["LO1", "LO2", "LO3", "LO4"]);

    internal static ComparisonInput Input(
        IReadOnlyCollection<string>? covered = null,
        Volume? volume = null,
        Grade? grade = null,
        bool content = true,
        bool objectives = true) => new()
        {
            Syllabus = MachineLearning,
            ContentMatches = content,
            ObjectivesMatch = objectives,
            CoveredOutcomeIds = covered ?? ["LO1", "LO2", "LO3", "LO4"],
            CertificateEntry = new AppendixEntry("Machine Learning Specialization", volume ?? Volume.OfHours(150), grade ?? new PercentGrade(92)),
            Level = InstitutionKind.Higher,
        };

    [Fact]
    public void Comparison_records_content_objectives_coverage_volume_and_grade()
    {
        var comparison = DisciplineComparison.Create(Input());

        Assert.True(comparison.ContentMatches);
        Assert.True(comparison.ObjectivesMatch);
        Assert.True(comparison.Coverage.IsComplete);
        Assert.Equal(1m, comparison.Coverage.Fraction);
        Assert.Equal(VolumeVerdict.Equal, comparison.Volume.Verdict);
        Assert.Equal(5m, comparison.Volume.CertificateCredits);
        Assert.Equal(Letter.AMinus, comparison.Grade.Letter);
        Assert.Equal("Machine Learning Specialization", comparison.CertificateEntryName);
    }

    [Fact]
    public void Coverage_is_the_fraction_of_syllabus_outcomes_covered_with_the_missing_ones_named()
    {
        var coverage = DisciplineComparison.Create(Input(covered: ["LO1", "lo3"])).Coverage;

        Assert.Equal(0.5m, coverage.Fraction);
        Assert.False(coverage.IsComplete);
        Assert.Equal(["LO2", "LO4"], coverage.MissingOutcomeIds);
    }

    [Fact]
    public void Covered_outcome_not_in_the_syllabus_is_refused_citing_clause_9()
    {
        var ex = Assert.Throws<DomainException>(() => DisciplineComparison.Create(Input(covered: ["LO1", "LO9"])));

        Assert.Equal("9", ex.Clause);
        Assert.Contains("LO9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Volume_short_of_the_disciplines_credits_is_reported_with_the_numbers()
    {
        var volume = DisciplineComparison.Create(Input(volume: Volume.OfHours(90))).Volume;

        Assert.Equal(VolumeVerdict.Short, volume.Verdict);
        Assert.Equal(3m, volume.CertificateCredits);
        Assert.Equal(5m, volume.DisciplineCredits);
        Assert.Equal(-2m, volume.Difference);
        Assert.Equal(30m, volume.HoursPerCredit);
    }

    [Fact]
    public void Volume_above_the_disciplines_credits_exceeds() =>
        Assert.Equal(VolumeVerdict.Exceeds, DisciplineComparison.Create(Input(volume: Volume.OfCredits(6))).Volume.Verdict);

    [Fact]
    public void Appendix_entry_without_grade_cannot_be_compared_citing_clause_10()
    {
        var input = Input() with { CertificateEntry = new AppendixEntry("ML", Volume.OfHours(150), null) };

        Assert.Equal("10", Assert.Throws<DomainException>(() => DisciplineComparison.Create(input)).Clause);
    }

    [Fact]
    public void Syllabus_without_learning_outcomes_is_refused() =>
        Assert.Throws<DomainException>(() => new DisciplineSyllabus("CS-301", "ML", RequestedItemKind.Discipline, 5, []));

    [Fact]
    public void Syllabus_with_non_positive_credits_is_refused() =>
        Assert.Throws<DomainException>(() => new DisciplineSyllabus("CS-301", "ML", RequestedItemKind.Discipline, 0, ["LO1"]));
}
