using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Clause 10.2 through the grains: an employer's training centre counts with its right to educational activity, the
/// employer's workplace at the employer's request — recorded with the certificate and required at the door and in the
/// registry.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class EmployerEvidenceTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task An_employers_training_centre_without_its_right_to_educational_activity_is_refused_at_submission()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(
            () => campus.Submit(campus.Application(iin, Certificates.Employer(iin) with { EducationalActivityRight = null })),
            DomainErrorCode.RuleViolation, "10.2");
    }

    [Fact]
    public async Task Training_at_the_employers_workplace_without_the_employers_request_is_refused_at_submission()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(
            () => campus.Submit(campus.Application(iin, Certificates.EmployerWorkplace(iin) with { EmployerRequestReference = " " })),
            DomainErrorCode.RuleViolation, "10.2");
    }

    [Fact]
    public async Task Training_at_the_employers_workplace_at_its_request_is_accepted_and_the_request_recorded()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        var application = await campus.Submit(campus.Application(iin, Certificates.EmployerWorkplace(iin)));

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal("KEGOC-HR-2025/118", Assert.Single(application.Documents).EmployerRequestReference);
    }

    [Fact]
    public async Task The_registry_refuses_an_employers_training_centre_certificate_without_its_right_to_educational_activity()
    {
        var certificate = Certificates.Employer(TestIdentities.NewIin()) with { EducationalActivityRight = null };

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate)).RegisterVerified(certificate, Actors.Administrator),
            DomainErrorCode.RuleViolation, "10.2");
    }
}
