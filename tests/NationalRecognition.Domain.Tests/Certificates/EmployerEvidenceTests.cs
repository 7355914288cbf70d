using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

/// <summary>
/// Clause 10.2 names an employer's training centre "that holds the right to educational activity" and the employer's
/// workplace "at the employer's request": each issuer counts with its evidence, and the evidence belongs to it alone.
/// </summary>
public sealed class EmployerEvidenceTests
{
    private static NonFormalEducationCertificate TrainingCentre(string? right) => TestData.CollegeCertificate() with
    {
        IssuerKind = IssuerKind.AdditionalEducationOrEmployer,
        IssuerSubKind = IssuerSubKind.EmployerTrainingCentre,
        EducationalActivityRight = right,
    };

    private static NonFormalEducationCertificate Workplace(string? request) => TestData.CollegeCertificate() with
    {
        IssuerKind = IssuerKind.AdditionalEducationOrEmployer,
        IssuerSubKind = IssuerSubKind.EmployerWorkplace,
        EmployerRequestReference = request,
    };

    [Fact]
    public void Training_centre_with_its_licence_or_notification_number_is_accepted() =>
        Assert.Empty(CertificateRules.Problems(TrainingCentre("KZ73LAA00031245"), TestData.Today));

    [Fact]
    public void Training_centre_without_the_right_to_educational_activity_is_refused_citing_clause_10_2()
    {
        var ex = Assert.Throws<DomainException>(() => CertificateRules.Validate(TrainingCentre(" "), TestData.Today));

        Assert.Equal((DomainErrorCode.RuleViolation, "10.2", "EducationalActivityRight"), (ex.Code, ex.Clause, ex.Field));
    }

    [Fact]
    public void Workplace_training_at_the_employers_request_is_accepted() =>
        Assert.Empty(CertificateRules.Problems(Workplace("HR-2025/118"), TestData.Today));

    [Fact]
    public void Workplace_training_without_the_employers_request_is_refused_citing_clause_10_2()
    {
        var ex = Assert.Throws<DomainException>(() => CertificateRules.Validate(Workplace(null), TestData.Today));

        Assert.Equal((DomainErrorCode.RuleViolation, "10.2", "EmployerRequestReference"), (ex.Code, ex.Clause, ex.Field));
    }

    [Fact]
    public void Evidence_of_clause_10_2_is_given_only_for_the_issuer_it_belongs_to()
    {
        var fields = CertificateRules.Problems(
                TestData.CollegeCertificate() with { EducationalActivityRight = "KZ73LAA00031245", EmployerRequestReference = "HR-2025/118" },
                TestData.Today)
            .Select(p => (p.Code, p.Field))
            .ToArray();

        Assert.Equal([(DomainErrorCode.Validation, "EducationalActivityRight"), (DomainErrorCode.Validation, "EmployerRequestReference")], fields);
    }

    [Fact]
    public void A_training_centres_request_reference_does_not_stand_for_its_right_to_educational_activity() =>
        Assert.Equal(
            ["EducationalActivityRight", "EmployerRequestReference"],
            CertificateRules.Problems(TrainingCentre(null) with { EmployerRequestReference = "HR-2025/118" }, TestData.Today).Select(p => p.Field ?? string.Empty).ToArray());

    [Fact]
    public void Under_the_2023_rules_the_evidence_is_not_required()
    {
        var original = TestData.Versions.Find("2023-mshe544-me322");

        CertificateRules.Validate(TrainingCentre(null), TestData.Today, original);
        Assert.Throws<DomainException>(() => CertificateRules.Validate(TrainingCentre(null), TestData.Today, TestData.Amended));
    }
}
