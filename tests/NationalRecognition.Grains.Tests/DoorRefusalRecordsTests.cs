using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// A document that is not the applicant's is refused at the door citing clause 13, and the refusal leaves its reasoned,
/// dated record in the application's trail (issue [14]), through the grains.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class DoorRefusalRecordsTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Certificate_not_issued_to_the_applicant_is_refused_and_leaves_a_refusal_record()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(TestIdentities.NewIin()));

        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.Forbidden, "13");

        await RefusalRecorded(campus, command);
    }

    [Fact]
    public async Task Qualification_certificate_of_another_holder_is_refused_and_leaves_a_refusal_record()
    {
        var campus = await Campus.Open(fixture.Grains, kind: InstitutionKind.Tvet);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.ProfessionalQualification(TestIdentities.NewIin()), units: Campus.SoftwareModule);

        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.Forbidden, "13");

        await RefusalRecorded(campus, command);
    }

    private static async Task RefusalRecorded(Campus campus, SubmitApplication command)
    {
        var trail = await campus.ApplicationOf(command).GetAuditTrail(Actors.Learner(command.LearnerIin));

        var refusal = Assert.Single(trail);
        Assert.Equal("SubmissionRefusedAtDoor", refusal.Action);
        Assert.Contains("clause 13", refusal.Details, StringComparison.Ordinal);
    }
}
