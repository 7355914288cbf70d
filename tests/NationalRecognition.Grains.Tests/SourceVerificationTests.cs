using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Clause 10.3 documents are verified at the source: the registry's record, the learner's own, its version shown to
/// the Commission; never a certificate of the exchange typed in by hand.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class SourceVerificationTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task A_hand_typed_exchange_certificate_is_refused_citing_clause_10_3()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();

        var refusal = await Refusal.Expect(
            () => campus.Submit(campus.Application(iin, Certificates.LabourExchange(iin))), DomainErrorCode.RuleViolation, "10.3");

        Assert.Contains("registry", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("documents[0].certificate", refusal.Field);
    }

    [Fact]
    public async Task A_hand_typed_copy_of_a_registered_exchange_certificate_is_refused_too()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var record = Feed.Record(iin);
        await Feed.Send(fixture.Grains, record);
        var registered = (await fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(record)).Get(Actors.Administrator))!.Certificate;

        await Refusal.Expect(() => campus.Submit(campus.Application(iin, registered)), DomainErrorCode.RuleViolation, "10.3");
    }

    [Fact]
    public async Task A_learner_attaching_someone_elses_exchange_certificate_is_refused_without_learning_whose_it_is()
    {
        var campus = await Campus.Open(fixture.Grains);
        var holder = TestIdentities.NewIin();
        var record = Feed.Record(holder);
        await Feed.Send(fixture.Grains, record);

        var refusal = await Refusal.Expect(
            () => campus.Submit(campus.Application(TestIdentities.NewIin(), new ConfirmingDocumentInput(RegistryKey: Feed.KeyOf(record)))),
            DomainErrorCode.Forbidden);

        Assert.DoesNotContain(holder, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Commission_sees_the_document_verified_at_its_source_and_its_version()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var record = Feed.Record(iin);
        await Feed.Send(fixture.Grains, record);
        await Feed.Send(fixture.Grains, record with { Grade = "A" });
        var command = campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: Feed.KeyOf(record)));

        await campus.Submit(command);

        var application = await campus.ApplicationOf(command).Get(Actors.Chair(campus.Bin));
        var provenance = Assert.Single(application!.Provenance!);
        Assert.Equal((Feed.KeyOf(record), true, 2), (provenance.RegistryKey, provenance.SourceVerified, provenance.Version));
        Assert.Equal("A", application.Documents.Single().Appendix.Single().Grade!.Letter);
    }

    [Fact]
    public async Task An_application_keeps_the_version_it_was_submitted_with_when_the_exchange_later_changes_the_record()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var record = Feed.Record(iin);
        await Feed.Send(fixture.Grains, record);
        var command = campus.Application(iin, new ConfirmingDocumentInput(RegistryKey: Feed.KeyOf(record)));
        await campus.Submit(command);

        await Feed.Send(fixture.Grains, record with { Grade = "60%" });

        var application = await campus.ApplicationOf(command).Get(Actors.Chair(campus.Bin));
        Assert.Equal(1, application!.Provenance!.Single().Version);
        Assert.Equal(87m, application.Documents.Single().Appendix.Single().Grade!.Value);
    }

    [Fact]
    public async Task A_certificate_the_learner_supplies_is_shown_as_not_source_verified()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));

        await campus.Submit(command);

        var provenance = (await campus.ApplicationOf(command).Get(Actors.Chair(campus.Bin)))!.Provenance!.Single();
        Assert.Equal((null, false, null), (provenance.RegistryKey, provenance.SourceVerified, provenance.Version));
    }
}
