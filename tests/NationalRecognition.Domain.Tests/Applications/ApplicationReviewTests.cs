using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using Xunit;
using static NationalRecognition.Domain.Tests.Applications.ApplicationBuilder;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationReviewTests
{
    [Fact]
    public void Starting_the_review_takes_the_application_under_review()
    {
        var transition = Submitted().StartReview();

        Assert.Equal(ApplicationStatus.UnderReview, transition.Next.Status);
        Assert.Equal(new ReviewStarted(Id), Assert.Single(transition.Events));
    }

    [Fact]
    public void The_review_starts_once() =>
        Assert.Equal(DomainErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => UnderReview().StartReview()).Code);

    [Fact]
    public void A_comparison_is_recorded_only_under_review()
    {
        var ex = Assert.Throws<DomainException>(() => Submitted().RecordComparison(Comparing("Supervised Learning", "LO1")));

        Assert.Equal((DomainErrorCode.InvalidTransition, "9"), (ex.Code, ex.Clause));
    }

    [Fact]
    public void A_recorded_comparison_raises_its_event_with_the_recommendation()
    {
        var transition = UnderReview().RecordComparison(Comparing("Supervised Learning", "LO1", "LO2"));

        var compared = Assert.IsType<EntryCompared>(Assert.Single(transition.Events));
        Assert.Equal(("CS-301", 0, "Supervised Learning"), (compared.Comparison.UnitCode, compared.Comparison.DocumentIndex, compared.Comparison.Result.CertificateEntryName));
        Assert.Equal(RecognitionRecommendation.Partial, compared.Recommendation.Kind);
    }

    [Fact]
    public void Several_entries_compared_with_one_unit_are_all_kept() =>
        Assert.Equal(2, Compared().Comparisons.Count);

    [Fact]
    public void Comparing_an_entry_again_replaces_its_earlier_comparison()
    {
        var again = Compared().RecordComparison(Comparing("supervised  learning", "LO1")).Next;

        Assert.Equal(2, again.Comparisons.Count);
        Assert.Equal(["LO1"], again.Comparisons[^1].Result.Coverage.CoveredOutcomeIds);
    }

    [Fact]
    public void A_comparison_with_a_unit_not_applied_for_is_refused() =>
        Assert.Equal((DomainErrorCode.NotFound, "unitCode"), Refusal(Comparing("Supervised Learning") with { UnitCode = "MA-210" }));

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void A_comparison_with_a_document_not_attached_is_refused(int index) =>
        Assert.Equal((DomainErrorCode.Validation, "documentIndex"), Refusal(Comparing("Supervised Learning") with { DocumentIndex = index }));

    [Fact]
    public void A_comparison_of_an_entry_not_in_the_appendix_is_refused_citing_clause_10() =>
        Assert.Equal("10", Assert.Throws<DomainException>(() => UnderReview().RecordComparison(Comparing("Deep Learning"))).Clause);

    [Fact]
    public void A_qualification_is_compared_only_with_a_module_of_a_qualification_level()
    {
        var request = Request() with { Submission = TestData.Submission() with { Documents = [TestData.QualificationCertificate()] } };

        Assert.Equal((DomainErrorCode.RuleViolation, "unitCode"), Refusal(Comparing("Welder"), UnderReview(request)));
    }

    [Fact]
    public void A_qualification_of_the_modules_level_is_compared_as_one_entry_graded_pass()
    {
        var module = new DisciplineSyllabus("WLD-1", "Welding", RequestedItemKind.Module, 4, ["LO1"]);
        var request = Request() with
        {
            Submission = TestData.Submission() with { Documents = [TestData.QualificationCertificate(level: 4)], Requested = [new RequestedRecognition("WLD-1", "Welding", RequestedItemKind.Module)] },
            Units = [new ApplicationUnit(module, ["2025-autumn"], qualificationLevel: 4)],
        };

        var compared = UnderReview(request).RecordComparison(new("WLD-1", 0, "ignored", true, true, ["LO1"])).Next.Comparisons.Single().Result;

        Assert.Equal(("Welder", true, 4m), (compared.CertificateEntryName, compared.Grade.Passed, compared.Volume.CertificateCredits));
    }

    [Fact]
    public void A_qualification_of_another_level_is_not_compared_with_the_module()
    {
        var module = new DisciplineSyllabus("WLD-1", "Welding", RequestedItemKind.Module, 4, ["LO1"]);
        var request = Request() with
        {
            Submission = TestData.Submission() with { Documents = [TestData.QualificationCertificate(level: 3)], Requested = [new RequestedRecognition("WLD-1", "Welding", RequestedItemKind.Module)] },
            Units = [new ApplicationUnit(module, ["2025-autumn"], qualificationLevel: 4)],
        };

        Assert.Equal("QualificationLevel", Assert.Throws<DomainException>(() => UnderReview(request).RecordComparison(new("WLD-1", 0, "x", true, true, ["LO1"]))).Field);
    }

    private static (DomainErrorCode, string?) Refusal(EntryComparisonRequest request, Application? application = null)
    {
        var ex = Assert.Throws<DomainException>(() => (application ?? UnderReview()).RecordComparison(request));
        return (ex.Code, ex.Field);
    }

    [Fact]
    public void A_qualification_is_not_compared_with_a_module_without_a_qualification_level()
    {
        var module = new DisciplineSyllabus("WLD-1", "Welding", RequestedItemKind.Module, 4, ["LO1"]);
        var request = Request() with
        {
            Submission = TestData.Submission() with { Documents = [TestData.QualificationCertificate(level: 4)], Requested = [new RequestedRecognition("WLD-1", "Welding", RequestedItemKind.Module)] },
            Units = [new ApplicationUnit(module, ["2025-autumn"])],
        };

        Assert.Equal((DomainErrorCode.RuleViolation, "unitCode"), Refusal(new("WLD-1", 0, "x", true, true, ["LO1"]), UnderReview(request)));
    }

    [Fact]
    public void A_qualification_is_not_compared_with_a_discipline_even_one_with_a_level()
    {
        var request = Request() with
        {
            Submission = TestData.Submission() with { Documents = [TestData.QualificationCertificate(level: 4)] },
            Units = [new ApplicationUnit(MachineLearning, ["2025-autumn"], qualificationLevel: 4)],
        };

        Assert.Equal((DomainErrorCode.RuleViolation, "unitCode"), Refusal(Comparing("Welder"), UnderReview(request)));
    }
}
