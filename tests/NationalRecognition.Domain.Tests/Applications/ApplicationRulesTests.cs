using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.RuleVersions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationRulesTests
{
    private static readonly DateTimeOffset BeforeAutumn = new(2025, 8, 20, 10, 0, 0, TimeSpan.FromHours(5));

    private static void Validate(ApplicationSubmission submission, DateTimeOffset? now = null, RuleVersion? version = null, IReadOnlyDictionary<string, AcademicPeriod>? taughtIn = null) =>
        ApplicationRules.ValidateSubmission(submission, TestData.Commission(), TestData.AutumnSemester(), now ?? BeforeAutumn, version ?? TestData.Amended, taughtIn);

    private static DomainException Refusal(ApplicationSubmission submission, DateTimeOffset? now = null, RuleVersion? version = null) =>
        Assert.Throws<DomainException>(() => Validate(submission, now, version));

    [Fact]
    public void Application_with_a_certificate_before_the_period_is_accepted() =>
        Validate(TestData.Submission());

    [Fact]
    public void Application_is_addressed_to_the_chair_in_office_on_the_submission_day()
    {
        var commission = TestData.Commission().Reconstitute(
            TestData.Order("77-P", 2025, 6, 1),
            [new("Marat Ospanov", "Dean", CommissionRole.Chair), new("Arman Bekov", "Registrar", CommissionRole.Secretary)]);

        Assert.Equal("Dana Nurlanovna Ermekova", ApplicationRules.Addressee(commission, new DateOnly(2025, 5, 31)).Name);
        Assert.Equal("Marat Ospanov", ApplicationRules.Addressee(commission, new DateOnly(2025, 6, 1)).Name);
    }

    [Fact]
    public void Requested_discipline_taught_in_a_period_already_started_is_refused_whatever_period_is_named()
    {
        var spring = new AcademicPeriod("2025-spring", "Spring semester 2025", new DateOnly(2025, 1, 20), new DateOnly(2025, 5, 30));

        var ex = Assert.Throws<DomainException>(() => Validate(TestData.Submission(), taughtIn: new Dictionary<string, AcademicPeriod> { ["CS-301"] = spring }));

        Assert.Equal((DomainErrorCode.DeadlinePassed, "13", "UnitCodes"), (ex.Code, ex.Clause, ex.Field));
    }

    [Fact]
    public void Requested_discipline_taught_in_a_period_not_yet_started_is_accepted() =>
        Validate(TestData.Submission(), taughtIn: new Dictionary<string, AcademicPeriod> { ["CS-301"] = TestData.AutumnSemester() });

    [Fact]
    public void Mooc_from_an_unnamed_platform_is_refused_under_the_2025_amendment() =>
        Assert.Equal("10.4", Refusal(TestData.Submission() with { Documents = [TestData.MoocCertificate() with { Platform = null }] }).Clause);

    [Fact]
    public void Mooc_from_an_unnamed_platform_is_judged_without_the_named_list_under_the_2023_version() =>
        Validate(
            TestData.Submission() with { Documents = [TestData.MoocCertificate() with { Platform = null }] },
            version: TestData.Versions.Find("2023-mshe544-me322"));

    [Fact]
    public void Expired_qualification_certificate_is_refused_on_the_submission_day() =>
        Assert.Equal("ValidUntil", Refusal(TestData.Submission() with
        {
            Documents = [TestData.QualificationCertificate() with { ValidUntil = new DateOnly(2025, 8, 19) }],
        }).Field);

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
        Validate(TestData.Submission() with { Requested = [TestData.Discipline(), new RequestedRecognition("CS-301", "Module", RequestedItemKind.Module)] });

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
        Validate(TestData.Submission() with { Documents = [TestData.QualificationCertificate()] });

    [Fact]
    public void Qualification_certificate_of_another_person_is_refused() =>
        Assert.Equal(
            ("Documents[0].HolderIin", "13"),
            Refusal(TestData.Submission() with
            {
                Documents = [TestData.QualificationCertificate() with { HolderIin = Iin.Parse("900101300007") }],
            }) is var ex ? (ex.Field, ex.Clause) : default);

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
