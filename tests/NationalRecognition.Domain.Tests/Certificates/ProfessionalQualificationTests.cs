using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

public sealed class ProfessionalQualificationTests
{
    [Fact]
    public void Complete_qualification_certificate_is_accepted_as_its_own_document_kind()
    {
        var certificate = TestData.QualificationCertificate();

        ProfessionalQualificationRules.Validate(certificate, TestData.Today);
        Assert.Equal(DocumentKind.ProfessionalQualificationCertificate, certificate.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Qualification_level_outside_1_to_8_is_refused(int level) =>
        Assert.Equal(
            "QualificationLevel",
            Assert.Throws<DomainException>(() => ProfessionalQualificationRules.Validate(TestData.QualificationCertificate(level), TestData.Today)).Field);

    [Fact]
    public void Accreditation_of_the_centre_is_required() =>
        Assert.Equal(
            "CentreAccreditation",
            Assert.Throws<DomainException>(() => ProfessionalQualificationRules.Validate(
                TestData.QualificationCertificate() with { CentreAccreditation = "" },
                TestData.Today)).Field);

    [Fact]
    public void Qualification_is_recognised_against_a_module_of_the_same_level() =>
        ProfessionalQualificationRules.EnsureRecognisableAgainstModule(TestData.QualificationCertificate(4), 4, TestData.Today);

    [Fact]
    public void Qualification_level_must_match_the_modules_level()
    {
        var ex = Assert.Throws<DomainException>(() =>
            ProfessionalQualificationRules.EnsureRecognisableAgainstModule(TestData.QualificationCertificate(3), 4, TestData.Today));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Contains("level 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expired_qualification_certificate_is_not_recognised() =>
        Assert.Equal(
            "ValidUntil",
            Assert.Throws<DomainException>(() => ProfessionalQualificationRules.EnsureRecognisableAgainstModule(
                TestData.QualificationCertificate() with { ValidUntil = TestData.Today.AddDays(-1) },
                4,
                TestData.Today)).Field);
}
