using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

[Collection(WorkflowClusterCollection.Name)]
public sealed class CertificateRegistryTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Verified_certificate_is_attached_by_its_number_and_its_recognition_is_recorded_on_it()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var certificate = Certificates.LabourExchange(iin);
        var registry = fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate));
        await registry.RegisterVerified(certificate, Actors.Exchange);
        var command = campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: CertificateKeys.For(certificate)));
        var application = campus.ApplicationOf(command);

        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));

        var record = await registry.Get(Actors.Administrator);
        Assert.Equal(CertificateSource.VerifiedByIssuer, record!.Source);
        Assert.Equal((campus.Bin, Campus.MachineLearning), (record.Recognitions.Single().InstitutionBin, record.Recognitions.Single().UnitCode));
    }

    [Fact]
    public async Task Registering_the_same_verified_record_twice_changes_nothing()
    {
        var certificate = Certificates.LabourExchange(TestIdentities.NewIin());
        var registry = fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate));

        var first = await registry.RegisterVerified(certificate, Actors.Exchange);
        var second = await registry.RegisterVerified(certificate, Actors.Exchange);

        Assert.Equal(first.RecordedAt, second.RecordedAt);
    }

    [Fact]
    public async Task A_changed_record_under_a_registered_number_becomes_the_next_version_and_keeps_the_earlier_in_history()
    {
        var certificate = Certificates.LabourExchange(TestIdentities.NewIin());
        var registry = fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate));
        await registry.RegisterVerified(certificate, Actors.Exchange);

        var changed = await registry.RegisterVerified(certificate with { HolderName = "Aigerim Sultanqyzy" }, Actors.Exchange);

        Assert.Equal(2, changed.Version);
        Assert.Equal("Aigerim Sultanqyzy", changed.Certificate.HolderName);
        var earlier = Assert.Single(changed.History!);
        Assert.Equal((1, "Aigerim Sultanova"), (earlier.Version, earlier.Certificate.HolderName));
    }

    [Fact]
    public async Task Exchange_certificate_for_a_profession_off_its_years_list_is_refused_citing_clause_10_3()
    {
        var certificate = Certificates.LabourExchange(TestIdentities.NewIin()) with { InDemandProfession = "9999-9-99" };
        var registry = fixture.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate));

        await Refusal.Expect(() => registry.RegisterVerified(certificate, Actors.Exchange), DomainErrorCode.RuleViolation, "10.3");
    }

    [Fact]
    public async Task Unknown_registry_number_is_not_found()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(
            () => campus.Submit(campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: "nosuchissuer/000"))), DomainErrorCode.NotFound);
    }
}
