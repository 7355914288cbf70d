using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationRulesTests
{
    private static readonly DateTimeOffset BeforeAutumn = new(2025, 8, 20, 10, 0, 0, TimeSpan.FromHours(5));

    private static DomainException Refusal(ApplicationSubmission submission, DateTimeOffset? now = null) =>
        Assert.Throws<DomainException>(() =>
            ApplicationRules.ValidateSubmission(submission, TestData.Commission(), TestData.AutumnSemester(), now ?? BeforeAutumn));

    [Fact]
    public void Application_addressed_to_the_chair_with_a_certificate_before_the_period_is_accepted() =>
        ApplicationRules.ValidateSubmission(TestData.Submission(), TestData.Commission(), TestData.AutumnSemester(), BeforeAutumn);

    [Fact]
    public void Chair_name_is_matched_ignoring_case_and_spacing() =>
        ApplicationRules.ValidateSubmission(
            TestData.Submission() with { AddressedToChair = "  dana nurlanovna   ERMEKOVA " },
            TestData.Commission(),
            TestData.AutumnSemester(),
            BeforeAutumn);

    [Fact]
    public void Application_not_addressed_to_anyone_is_refused_citing_clause_13()
    {
        var ex = Refusal(TestData.Submission() with { AddressedToChair = "" });

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("13", ex.Clause);
        Assert.Equal("AddressedToChair", ex.Field);
    }

    [Fact]
    public void Application_addressed_to_someone_other_than_the_current_chair_is_refused()
    {
        var ex = Refusal(TestData.Submission() with { AddressedToChair = "Arman Bekov" });

        Assert.Contains("Dana Nurlanovna Ermekova", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Application_addressed_to_the_former_chair_after_reconstitution_is_refused()
    {
        var commission = TestData.Commission().Reconstitute(
            TestData.Order("77-P", 2025, 6, 1),
            [new("Marat Ospanov", "Dean", Domain.Commissions.CommissionRole.Chair)]);

        var ex = Assert.Throws<DomainException>(() =>
            ApplicationRules.ValidateSubmission(TestData.Submission(), commission, TestData.AutumnSemester(), BeforeAutumn));

        Assert.Equal("AddressedToChair", ex.Field);
    }

    [Fact]
    public void Application_without_a_confirming_document_is_refused_citing_clause_13()
    {
        var ex = Refusal(TestData.Submission() with { Documents = [] });

        Assert.Equal("Documents", ex.Field);
        Assert.Equal("13", ex.Clause);
    }

    [Fact]
    public void Application_without_a_requested_discipline_is_refused_citing_clause_13() =>
        Assert.Equal("Requested", Refusal(TestData.Submission() with { Requested = [] }).Field);

    [Fact]
    public void Same_discipline_requested_twice_is_refused() =>
        Assert.Equal(
            "Requested[1]",
            Refusal(TestData.Submission() with { Requested = [TestData.Discipline(), TestData.Discipline("cs-301", "ML again")] }).Field);

    [Fact]
    public void Discipline_and_module_with_the_same_code_are_different_items() =>
        ApplicationRules.ValidateSubmission(
            TestData.Submission() with { Requested = [TestData.Discipline(), new RequestedRecognition("CS-301", "Module", RequestedItemKind.Module)] },
            TestData.Commission(),
            TestData.AutumnSemester(),
            BeforeAutumn);

    [Fact]
    public void Same_certificate_attached_twice_is_refused() =>
        Assert.Contains(
            "more than once",
            Refusal(TestData.Submission() with { Documents = [TestData.MoocCertificate(), TestData.MoocCertificate()] }).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Incomplete_certificate_makes_the_application_refused_citing_clause_10() =>
        Assert.Equal("10", Refusal(TestData.Submission() with { Documents = [TestData.MoocCertificate() with { Appendix = [] }] }).Clause);

    [Fact]
    public void Professional_qualification_certificate_is_a_confirming_document() =>
        ApplicationRules.ValidateSubmission(
            TestData.Submission() with { Documents = [TestData.QualificationCertificate()] },
            TestData.Commission(),
            TestData.AutumnSemester(),
            BeforeAutumn);

    [Fact]
    public void Qualification_certificate_of_another_person_is_refused() =>
        Assert.Equal(
            "Documents[0].HolderIin",
            Refusal(TestData.Submission() with
            {
                Documents = [TestData.QualificationCertificate() with { HolderIin = Iin.Parse("900101300007") }],
            }).Field);

    [Fact]
    public void Application_on_the_day_the_period_starts_is_refused_as_deadline_passed() =>
        Assert.Equal(DomainErrorCode.DeadlinePassed, Refusal(TestData.Submission(), new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.FromHours(5))).Code);

    [Fact]
    public void Application_before_the_commission_was_established_is_refused_citing_clause_11()
    {
        var ex = Refusal(TestData.Submission(), new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.FromHours(5)));

        Assert.Equal("11", ex.Clause);
    }

    [Fact]
    public void Application_checked_against_another_period_is_refused() =>
        Assert.Equal("AcademicPeriodId", Refusal(TestData.Submission() with { AcademicPeriodId = "2026-spring" }).Field);

    [Fact]
    public void Mooc_certificate_with_unrecognised_platform_cannot_be_built_into_an_application() =>
        Assert.Equal("10.4", Assert.Throws<DomainException>(() => TestData.MoocCertificate(MoocPlatforms.Recognise("Stepik"))).Clause);
}
