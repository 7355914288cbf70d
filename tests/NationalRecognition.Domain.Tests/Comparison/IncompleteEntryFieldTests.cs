using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Comparison;

/// <summary>An appendix entry missing what clause 10 requires is refused naming what it misses, so that the form can point at it.</summary>
public sealed class IncompleteEntryFieldTests
{
    [Fact]
    public void Entry_without_a_volume_is_refused_on_its_volume() =>
        Assert.Equal("CertificateEntry.Volume", Refusal(new AppendixEntry("ML", null, new PercentGrade(92))).Field);

    [Fact]
    public void Entry_without_a_grade_is_refused_on_its_grade() =>
        Assert.Equal("CertificateEntry.Grade", Refusal(new AppendixEntry("ML", Volume.OfHours(150), null)).Field);

    [Fact]
    public void Entry_without_a_volume_or_a_grade_is_refused_on_its_volume_first() =>
        Assert.Equal("CertificateEntry.Volume", Refusal(new AppendixEntry("ML", null, null)).Field);

    private static DomainException Refusal(AppendixEntry entry) =>
        Assert.Throws<DomainException>(() => DisciplineComparison.Create(DisciplineComparisonTests.Input() with { CertificateEntry = entry }));
}
