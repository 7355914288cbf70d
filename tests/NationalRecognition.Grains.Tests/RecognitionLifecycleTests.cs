using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

[Collection(WorkflowClusterCollection.Name)]
public sealed class RecognitionLifecycleTests(WorkflowClusterFixture fixture)
{
    public static TheoryData<string> IssuerKinds => new() { "mooc", "education-organisation", "employer", "labour-exchange" };

    [Theory]
    [MemberData(nameof(IssuerKinds))]
    public async Task Certificate_of_each_clause_10_issuer_kind_goes_from_submission_to_recognition(string issuer)
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var certificate = issuer switch
        {
            "mooc" => Certificates.Mooc(iin),
            "education-organisation" => Certificates.EducationOrganisation(iin),
            "employer" => Certificates.Employer(iin),
            _ => Certificates.LabourExchange(iin),
        };
        // Clause 10.3: the exchange's certificate comes from the registry, as the feed sent it; the others as the learner gives them.
        var command = issuer == "labour-exchange"
            ? campus.Application(iin, new Contracts.Applications.ConfirmingDocumentInput(RegistryKey: await RegisterVerified(certificate)))
            : campus.Application(iin, certificate);
        var application = campus.ApplicationOf(command);

        var submitted = await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        var compared = await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        Assert.Equal(ApplicationStatus.Submitted, submitted.Status);
        Assert.Equal("2025-mshe119-me40", submitted.RuleVersionId);
        Assert.True(compared.Comparisons.Single().CoverageComplete);
        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
        var unit = decided.Decision!.Units.Single();
        Assert.Equal((5m, "A-"), (unit.Credits, unit.Letter));
        Assert.Equal(
            ["ApplicationSubmitted", "ApplicationReviewStarted", "ComparisonRecorded", "ApplicationDecided"],
            (await application.GetAuditTrail(Actors.Administrator)).Select(a => a.Action).ToArray());
    }

    private async Task<string> RegisterVerified(CertificateInfo certificate)
    {
        var key = CertificateKeys.For(certificate);
        await fixture.Grains.GetGrain<ICertificateGrain>(key).RegisterVerified(certificate, Actors.Exchange);
        return key;
    }

    [Fact]
    public async Task Learner_queue_and_institution_listings_follow_the_application()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin, "edX"));
        var submitted = await campus.Submit(command);
        await campus.ApplicationOf(command).StartReview(Actors.Chair(campus.Bin));
        await SharedEventLog.CatchUpAsync();

        var learner = await fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(iin)).GetPage(null, new PageRequest(), Actors.Administrator);
        var queue = await fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(campus.CommissionId!, Campus.OpenPeriod))
            .GetPage(ApplicationStatus.UnderReview, new PageRequest(), Actors.Administrator);
        var institution = await fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(campus.Bin, Campus.OpenPeriod))
            .GetPage(null, new PageRequest(), Actors.Administrator);

        Assert.Equal(submitted.Id, Assert.Single(learner.Items).Id);
        Assert.Equal((ApplicationStatus.UnderReview, 2), (Assert.Single(queue.Items).Status, queue.Items[0].Version));
        Assert.Equal(submitted.Id, Assert.Single(institution.Items).Id);
    }

    [Fact]
    public async Task Professional_qualification_certificate_is_recognised_for_a_module_of_its_level()
    {
        var campus = await Campus.Open(fixture.Grains, kind: InstitutionKind.Tvet);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.ProfessionalQualification(iin, level: 4), units: Campus.SoftwareModule);
        var application = campus.ApplicationOf(command);

        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(Campus.SoftwareModule, "Software developer"), Actors.Chair(campus.Bin));
        var decided = await application.Decide(campus.Recognise(Campus.SoftwareModule), Actors.Chair(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
        Assert.Equal(6m, decided.Decision!.Units.Single().Credits);
    }

    [Fact]
    public async Task Professional_qualification_of_another_level_is_not_compared_with_the_module()
    {
        var campus = await Campus.Open(fixture.Grains, kind: InstitutionKind.Tvet);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.ProfessionalQualification(iin, level: 2), units: Campus.SoftwareModule);
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));

        await Refusal.Expect(
            () => application.RecordComparison(campus.FullMatch(Campus.SoftwareModule, "Software developer"), Actors.Chair(campus.Bin)),
            Domain.Errors.DomainErrorCode.RuleViolation);
    }

    [Fact]
    public async Task One_refused_unit_with_a_written_reason_makes_the_application_partly_recognised()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var certificate = Certificates.Mooc(iin, "FutureLearn", Certificates.Entry("Machine Learning"), Certificates.Entry("Databases", grade: new GradeInfo(GradeKind.Letter, Letter: "B+")));
        var command = campus.Application(iin, certificate, units: [Campus.MachineLearning, Campus.Databases]);
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));

        var decided = await application.Decide(
            new(Campus.Protocol(), [new(Campus.MachineLearning, true), new(Campus.Databases, false, Reason: "The course does not cover normalisation.")]),
            Actors.Chair(campus.Bin));

        Assert.Equal(ApplicationStatus.PartlyRecognised, decided.Status);
        Assert.Equal("The course does not cover normalisation.", decided.Decision!.Units.Single(u => !u.Recognised).Reason);
    }

    [Fact]
    public async Task Learner_may_withdraw_before_the_decision()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin, "Udacity"));
        await campus.Submit(command);

        var withdrawn = await campus.ApplicationOf(command).Withdraw("I will take the course instead.", Actors.Learner(iin));

        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
    }
}
