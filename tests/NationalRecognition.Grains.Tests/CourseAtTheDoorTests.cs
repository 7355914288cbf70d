using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// One course is put before the Commission once for one unit (issue [14]), through the grains: a course is its platform
/// and course identifier where the certificate gives one, and an application for a course and unit still pending, or
/// already recognised, at the institution is refused at the door citing the earlier application.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CourseAtTheDoorTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Second_application_for_a_course_and_unit_still_pending_is_refused_citing_the_first()
    {
        var (campus, iin) = await Learner();
        var first = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        var refusal = await Refusal.Expect(() => campus.Submit(campus.Application(iin, Certificates.Mooc(iin))), DomainErrorCode.Conflict, "13");

        Assert.Contains($"application {first.Id}", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("still pending", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_citing_the_earlier_application_leaves_a_refusal_record()
    {
        var (campus, iin) = await Learner();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));
        var second = campus.Application(iin, Certificates.Mooc(iin));
        await Refusal.Expect(() => campus.Submit(second), DomainErrorCode.Conflict, "13");

        var trail = await campus.ApplicationOf(second).GetAuditTrail(Actors.Learner(iin));

        Assert.Equal("SubmissionRefusedAtDoor", Assert.Single(trail).Action);
    }

    [Fact]
    public async Task Application_for_a_course_already_recognised_for_the_unit_is_refused_citing_the_decision()
    {
        var (campus, iin) = await Learner();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var first = await Decided(campus, command);

        var refusal = await Refusal.Expect(() => campus.Submit(campus.Application(iin, Certificates.Mooc(iin))), DomainErrorCode.Conflict, "13");

        Assert.Contains($"already recognised for {Campus.MachineLearning} by the learner's application {first.Id}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_withdrawal_the_learner_may_apply_for_the_course_again()
    {
        var (campus, iin) = await Learner();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        await campus.Submit(command);
        await campus.ApplicationOf(command).Withdraw("I applied for the wrong period.", Actors.Learner(iin));

        var again = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        Assert.Equal(ApplicationStatus.Submitted, again.Status);
    }

    [Fact]
    public async Task After_a_refusal_the_learner_may_apply_for_the_course_again()
    {
        var (campus, iin) = await Learner();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.Decide(new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, false, Reason: "The syllabus is not covered.")]),
            Actors.Chair(campus.Bin));

        var again = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        Assert.Equal(ApplicationStatus.Submitted, again.Status);
        Assert.Equal([again.Id], (await Ledger(campus, iin).GetPending()).Select(p => p.ApplicationId));
    }

    [Fact]
    public async Task The_same_course_for_another_unit_is_not_refused_at_the_door()
    {
        var (campus, iin) = await Learner();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        var other = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin), units: Campus.Databases));

        Assert.Equal(ApplicationStatus.Submitted, other.Status);
    }

    [Fact]
    public async Task Two_courses_of_one_title_with_different_course_identifiers_are_two_courses()
    {
        var (campus, iin) = await Learner();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin, appendix: Certificates.Entry() with { CourseIdentifier = "https://www.coursera.org/learn/machine-learning" })));

        var other = await campus.Submit(campus.Application(iin,
            Certificates.Mooc(iin, appendix: Certificates.Entry() with { CourseIdentifier = "https://www.coursera.org/specializations/machine-learning-introduction" })));

        Assert.Equal(ApplicationStatus.Submitted, other.Status);
    }

    [Fact]
    public async Task One_course_identifier_written_two_ways_is_one_course()
    {
        var (campus, iin) = await Learner();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin, appendix: Certificates.Entry() with { CourseIdentifier = "https://www.coursera.org/learn/ml?utm_source=x" })));

        await Refusal.Expect(() => campus.Submit(campus.Application(iin,
            Certificates.Mooc(iin, appendix: Certificates.Entry("Machine learning (Stanford)") with { CourseIdentifier = "coursera.org/learn/ml/" }))), DomainErrorCode.Conflict, "13");
    }

    [Fact]
    public async Task Exchange_certificate_from_the_registry_is_its_course_for_a_second_application()
    {
        var (campus, iin) = await Learner();
        var certificate = Certificates.LabourExchange(iin, Certificates.Entry("Data analysis") with { CourseIdentifier = "DA-01" });
        var key = CertificateKeys.For(certificate);
        await fixture.Grains.GetGrain<ICertificateGrain>(key).RegisterVerified(certificate, Actors.Exchange);
        await campus.Submit(campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: key)));

        await Refusal.Expect(() => campus.Submit(campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: key))), DomainErrorCode.Conflict, "13");
    }

    [Fact]
    public async Task Course_identifier_is_kept_on_the_application_as_given()
    {
        var (campus, iin) = await Learner();

        var submitted = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin, appendix: Certificates.Entry() with { CourseIdentifier = "coursera.org/learn/ml" })));

        Assert.Equal("coursera.org/learn/ml", Assert.Single(submitted.Documents[0].Appendix).CourseIdentifier);
    }

    [Fact]
    public async Task Of_two_decisions_racing_for_one_course_the_committed_one_always_has_its_ledger_entry()
    {
        var (campus, iin) = await Learner();
        var forMachineLearning = await UnderReview(campus, campus.Application(iin, Certificates.Mooc(iin)), campus.FullMatch());
        var forDatabases = await UnderReview(campus, campus.Application(iin, Certificates.Mooc(iin), units: Campus.Databases), campus.FullMatch(Campus.Databases));

        var outcomes = await Task.WhenAll(
            Outcome(forMachineLearning.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin))),
            Outcome(forDatabases.Decide(campus.Recognise(Campus.Databases), Actors.Chair(campus.Bin))));

        var committed = Assert.Single(outcomes, o => o.Decided is not null).Decided!;
        Assert.Equal(DomainErrorCode.Conflict, Assert.Single(outcomes, o => o.Refusal is not null).Refusal!.Code);
        Assert.Equal([committed.Id], (await Ledger(campus, iin).GetHeld()).Select(h => h.ApplicationId));
        Assert.All(await Ledger(campus, iin).GetPending(), p => Assert.Empty(p.Reserved));
    }

    [Fact]
    public async Task Decision_refused_by_a_decision_already_recorded_is_not_committed()
    {
        var (campus, iin) = await Learner();
        var forMachineLearning = await UnderReview(campus, campus.Application(iin, Certificates.Mooc(iin)), campus.FullMatch());
        var forDatabases = await UnderReview(campus, campus.Application(iin, Certificates.Mooc(iin), units: Campus.Databases), campus.FullMatch(Campus.Databases));
        await forMachineLearning.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        await Refusal.Expect(() => forDatabases.Decide(campus.Recognise(Campus.Databases), Actors.Chair(campus.Bin)), DomainErrorCode.Conflict);

        Assert.Equal(ApplicationStatus.UnderReview, (await forDatabases.Get(Actors.Chair(campus.Bin)))!.Status);
    }

    private async Task<(Campus Campus, string Iin)> Learner() => (await Campus.Open(fixture.Grains), TestIdentities.NewIin());

    private static async Task<IApplicationGrain> UnderReview(Campus campus, SubmitApplication command, ComparisonAssessment comparison)
    {
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(comparison, Actors.Chair(campus.Bin));
        return application;
    }

    private static async Task<ApplicationInfo> Decided(Campus campus, SubmitApplication command)
    {
        var application = await UnderReview(campus, command, campus.FullMatch());
        return await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));
    }

    private static async Task<(ApplicationInfo? Decided, PlatformException? Refusal)> Outcome(Task<ApplicationInfo> decision)
    {
        try
        {
            return (await decision, null);
        }
        catch (PlatformException refusal)
        {
            return (null, refusal);
        }
    }

    private ILearnerRecognitionsGrain Ledger(Campus campus, string iin) =>
        fixture.Grains.GetGrain<ILearnerRecognitionsGrain>(LearnerRecognitionKeys.For(campus.Bin, iin));
}
