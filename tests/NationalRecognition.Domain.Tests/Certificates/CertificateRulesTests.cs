using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

public sealed class CertificateRulesTests
{
    private static DomainException Refusal(NonFormalEducationCertificate certificate) =>
        Assert.Throws<DomainException>(() => CertificateRules.Validate(certificate, TestData.Today));

    [Fact]
    public void Complete_mooc_certificate_from_a_named_platform_is_accepted() =>
        Assert.Empty(CertificateRules.Problems(TestData.MoocCertificate(), TestData.Today));

    [Fact]
    public void Complete_certificate_of_a_college_is_accepted() =>
        Assert.Empty(CertificateRules.Problems(TestData.CollegeCertificate(), TestData.Today));

    [Fact]
    public void Certificate_without_appendix_is_incomplete_citing_clause_10()
    {
        var ex = Refusal(TestData.MoocCertificate() with { Appendix = [] });

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("10", ex.Clause);
        Assert.Equal("Appendix", ex.Field);
    }

    [Fact]
    public void Appendix_entry_without_volume_makes_the_certificate_incomplete()
    {
        var ex = Refusal(TestData.MoocCertificate() with { Appendix = [TestData.Entry(), new("Statistics", null, new PercentGrade(80))] });

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("Appendix[1].Volume", ex.Field);
        Assert.Equal("10", ex.Clause);
    }

    [Fact]
    public void Appendix_entry_without_grade_makes_the_certificate_incomplete()
    {
        var ex = Refusal(TestData.MoocCertificate() with { Appendix = [new("Statistics", Volume.OfCredits(3), null)] });

        Assert.Equal("Appendix[0].Grade", ex.Field);
        Assert.Equal("10", ex.Clause);
    }

    [Fact]
    public void Pass_fail_grade_is_a_grade_for_completeness() =>
        Assert.Empty(CertificateRules.Problems(
            TestData.MoocCertificate() with { Appendix = [new("Python", Volume.OfHours(20), new PassFailGrade(true))] },
            TestData.Today));

    [Fact]
    public void Mooc_certificate_without_platform_is_refused_citing_clause_10_4()
    {
        var ex = Refusal(TestData.MoocCertificate() with { Platform = null });

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("10.4", ex.Clause);
    }

    [Fact]
    public void Platform_on_a_non_mooc_certificate_is_refused() =>
        Assert.Equal("Platform", Refusal(TestData.CollegeCertificate() with { Platform = MoocPlatform.EdX }).Field);

    [Fact]
    public void Education_organisation_certificate_must_say_which_kind_of_organisation_citing_clause_10_1()
    {
        var ex = Refusal(TestData.CollegeCertificate() with { IssuerSubKind = null });

        Assert.Equal("IssuerSubKind", ex.Field);
        Assert.Equal("10.1", ex.Clause);
    }

    [Fact]
    public void Employer_workplace_is_not_an_issuer_of_clause_10_1()
    {
        var ex = Refusal(TestData.CollegeCertificate() with { IssuerSubKind = IssuerSubKind.EmployerWorkplace });

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("10.1", ex.Clause);
    }

    [Fact]
    public void Employer_training_centre_is_an_issuer_of_clause_10_2() =>
        Assert.Empty(CertificateRules.Problems(
            TestData.CollegeCertificate() with
            {
                IssuerKind = IssuerKind.AdditionalEducationOrEmployer,
                IssuerSubKind = IssuerSubKind.EmployerTrainingCentre,
                EducationalActivityRight = "KZ73LAA00031245",
            },
            TestData.Today));

    [Fact]
    public void Mooc_certificate_takes_no_issuer_sub_kind() =>
        Assert.Equal("IssuerSubKind", Refusal(TestData.MoocCertificate() with { IssuerSubKind = IssuerSubKind.HigherEducationOrganisation }).Field);

    [Fact]
    public void Labour_exchange_certificate_must_name_its_in_demand_profession_citing_clause_10_3()
    {
        var certificate = TestData.CollegeCertificate() with
        {
            IssuerKind = IssuerKind.ElectronicLabourExchange,
            IssuerSubKind = null,
            IssuerName = "Enbek.kz",
        };

        Assert.Equal("10.3", Refusal(certificate).Clause);
        Assert.Empty(CertificateRules.Problems(certificate with { InDemandProfession = "Electric welder" }, TestData.Today));
    }

    [Fact]
    public void Certificate_number_is_required() =>
        Assert.Equal("Number", Refusal(TestData.MoocCertificate() with { Number = " " }).Field);

    [Fact]
    public void Issue_date_in_the_future_is_refused() =>
        Assert.Equal("IssueDate", Refusal(TestData.MoocCertificate() with { IssueDate = TestData.Today.AddDays(1) }).Field);

    [Fact]
    public void Certificate_issued_today_is_accepted() =>
        Assert.Empty(CertificateRules.Problems(TestData.MoocCertificate() with { IssueDate = TestData.Today }, TestData.Today));

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var problems = CertificateRules.Problems(
            TestData.MoocCertificate() with { Number = "", Platform = null, Appendix = [] },
            TestData.Today);

        Assert.Equal(["Number", "Platform", "Appendix"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(IssuerSubKind.TvetOrganisation, IssuerKind.EducationOrganisation)]
    [InlineData(IssuerSubKind.PostgraduateOrganisation, IssuerKind.EducationOrganisation)]
    [InlineData(IssuerSubKind.AdvancedTrainingOrRetrainingInstitute, IssuerKind.AdditionalEducationOrEmployer)]
    [InlineData(IssuerSubKind.EmployerWorkplace, IssuerKind.AdditionalEducationOrEmployer)]
    public void Each_sub_kind_belongs_to_its_sub_clause(IssuerSubKind subKind, IssuerKind kind) =>
        Assert.Equal(kind, IssuerKinds.KindOf(subKind));

    [Fact]
    public void Certificate_naming_neither_its_holder_nor_the_holders_IIN_is_refused() =>
        Assert.Equal("HolderName", Refusal(TestData.MoocCertificate() with { HolderName = " ", HolderIin = null }).Field);

    [Fact]
    public void Certificate_verified_at_its_source_may_identify_its_holder_by_IIN_alone() =>
        Assert.Empty(CertificateRules.Problems(TestData.MoocCertificate() with { HolderName = "", HolderIin = TestData.LearnerIin }, TestData.Today));
}
