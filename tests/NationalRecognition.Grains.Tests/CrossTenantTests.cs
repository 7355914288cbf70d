using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Tenant boundaries enforced by the grains themselves: whatever the gateway lets through, a caller of one
/// institution or one learner cannot act on or read another's data, and a denial carries none of it.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CrossTenantTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Chair_of_institution_A_cannot_review_or_decide_an_application_of_institution_B()
    {
        var (b, command, application) = await Submitted();
        var a = await Campus.Open(fixture.Grains);

        await Denied(() => application.StartReview(Actors.Chair(a.Bin)), b.Bin, command);
        await application.StartReview(Actors.Chair(b.Bin));
        await Denied(() => application.RecordComparison(b.FullMatch(), Actors.Chair(a.Bin)), b.Bin, command);
        await Denied(() => application.Decide(b.Recognise(Campus.MachineLearning), Actors.Secretary(a.Bin)), b.Bin, command);
        await Denied(() => application.Get(Actors.Chair(a.Bin)), b.Bin, command);
        await Denied(() => application.GetAuditTrail(Actors.Registrar(a.Bin)), b.Bin, command);

        var stored = await application.Get(Actors.Administrator);
        Assert.Equal(ApplicationStatus.UnderReview, stored!.Status);
        Assert.Empty(stored.Comparisons);
        Assert.Equal(["ApplicationSubmitted", "ApplicationReviewStarted"], (await application.GetAuditTrail(Actors.Chair(b.Bin))).Select(e => e.Action).ToArray());
    }

    [Fact]
    public async Task Chair_of_institution_A_cannot_read_the_queue_or_listing_of_institution_B()
    {
        var (b, command, _) = await Submitted();
        var a = await Campus.Open(fixture.Grains);
        var queue = fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(b.CommissionId!, Campus.OpenPeriod));
        var listing = fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(b.Bin, Campus.OpenPeriod));

        await Denied(() => queue.GetPage(null, new PageRequest(), Actors.Chair(a.Bin)), b.Bin, command);
        await Denied(() => listing.GetPage(null, new PageRequest(), Actors.Registrar(a.Bin)), b.Bin, command);
        await Denied(() => listing.Find(ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey), Actors.Head(a.Bin)), b.Bin, command);

        var own = await Eventually.Reach(() => queue.GetPage(null, new PageRequest(), Actors.Member(b.Bin)), p => p.Items.Count == 1, "B's queue to list the application");
        Assert.Equal(command.LearnerIin, own.Items.Single().LearnerIin);
    }

    [Fact]
    public async Task A_learner_cannot_read_withdraw_or_list_another_learners_application()
    {
        var (campus, command, application) = await Submitted();
        var other = Actors.Learner(TestIdentities.NewIin());

        await Denied(() => application.Get(other), campus.Bin, command);
        await Denied(() => application.GetAuditTrail(other), campus.Bin, command);
        await Denied(() => application.Withdraw("Not mine to withdraw.", other), campus.Bin, command);
        await Denied(() => fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(command.LearnerIin)).GetPage(null, new PageRequest(), other), campus.Bin, command);

        Assert.Equal(ApplicationStatus.Submitted, (await application.Get(Actors.Learner(command.LearnerIin)))!.Status);
    }

    [Fact]
    public async Task A_learner_cannot_submit_in_another_learners_name()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));

        await Denied(() => campus.ApplicationOf(command).Submit(command, Actors.Learner(TestIdentities.NewIin())), campus.Bin, command);

        Assert.Null(await campus.ApplicationOf(command).Get(Actors.Administrator));
    }

    [Fact]
    public async Task An_analyst_reads_no_application_whether_or_not_it_exists()
    {
        var (campus, command, application) = await Submitted();

        await Denied(() => application.Get(Actors.Analyst), campus.Bin, command);
        await Denied(() => application.GetAuditTrail(Actors.Analyst), campus.Bin, command);
        await Denied(() => fixture.Grains.GetGrain<IApplicationGrain>(Guid.NewGuid()).Get(Actors.Analyst), campus.Bin, command);
        await Denied(() => fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(campus.Bin, Campus.OpenPeriod))
            .GetPage(null, new PageRequest(), Actors.Analyst), campus.Bin, command);
        await Denied(() => fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(command.LearnerIin)).GetPage(null, new PageRequest(), Actors.Analyst), campus.Bin, command);
    }

    [Fact]
    public async Task The_feed_cannot_submit_an_application_nor_read_one()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));

        await Denied(() => campus.ApplicationOf(command).Submit(command, Actors.Exchange), campus.Bin, command);
        await Denied(() => campus.ApplicationOf(command).Get(Actors.Exchange), campus.Bin, command);

        Assert.Null(await campus.ApplicationOf(command).Get(Actors.Administrator));
    }

    [Fact]
    public async Task A_Commission_member_reviews_but_does_not_record_the_decision_under_the_default_regulation()
    {
        var (campus, _, application) = await Submitted();

        await application.StartReview(Actors.Member(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Member(campus.Bin));
        // Who records is the regulation's (clause 22): the member passes the access policy and the regulation refuses.
        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Member(campus.Bin)), DomainErrorCode.Forbidden, "22");
        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Secretary(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task Staff_of_institution_A_cannot_change_institution_B_or_its_Commission()
    {
        var b = await Campus.Open(fixture.Grains);
        var a = await Campus.Open(fixture.Grains);
        var institution = fixture.Grains.GetGrain<IInstitutionGrain>(b.Bin);
        var commission = fixture.Grains.GetGrain<ICommissionGrain>(b.CommissionId!);
        var period = new AcademicPeriodInfo("2031-spring", "Spring semester 2031", new DateOnly(2031, 1, 15), new DateOnly(2031, 5, 30));

        await Refusal.Expect(() => institution.SetAcademicPeriod(period, Actors.Registrar(a.Bin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => institution.SetAcademicPeriod(period, Actors.Head(b.Bin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => commission.Reconstitute(Campus.Constitution("40", new DateOnly(2026, 2, 1), "Intruder"), Actors.Head(a.Bin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => commission.Reconstitute(Campus.Constitution("40", new DateOnly(2026, 2, 1), "Intruder"), Actors.Registrar(b.Bin)), DomainErrorCode.Forbidden);

        Assert.DoesNotContain(await institution.GetAcademicCalendar(), p => p.Id == "2031-spring");
        Assert.Equal(Campus.ChairName, (await commission.Get())!.Chair.Name);
    }

    [Fact]
    public async Task Only_the_feed_registers_certificates_and_reads_the_registry()
    {
        var iin = TestIdentities.NewIin();
        var certificate = Certificates.LabourExchange(iin);
        var registry = fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate));

        await Refusal.Expect(() => registry.RegisterVerified(certificate, Actors.Learner(iin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => registry.Get(Actors.Analyst), DomainErrorCode.Forbidden);
        await registry.RegisterVerified(certificate, Actors.Exchange);

        Assert.Equal(CertificateSource.VerifiedByIssuer, (await registry.Get(Actors.Exchange))!.Source);
    }

    [Fact]
    public async Task Public_reads_need_no_identity()
    {
        var campus = await Campus.Open(fixture.Grains);

        Assert.NotNull(await fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).GetProfile());
        Assert.Single(await fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin).GetProgrammes());
        Assert.Equal(3, (await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Get())!.Current.Members.Count);
    }

    private async Task<(Campus Campus, SubmitApplication Command, IApplicationGrain Application)> Submitted()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        await campus.Submit(command);
        return (campus, command, campus.ApplicationOf(command));
    }

    /// <summary>Forbidden, and the refusal names neither the institution, the learner nor the application.</summary>
    private static async Task Denied(Func<Task> call, string bin, SubmitApplication command)
    {
        var refusal = await Refusal.Expect(call, DomainErrorCode.Forbidden);
        var applicationId = ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey).ToString();
        foreach (var secret in new[] { bin, command.LearnerIin, command.LearnerName, applicationId })
        {
            Assert.DoesNotContain(secret, refusal.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(refusal.Field);
    }
}
