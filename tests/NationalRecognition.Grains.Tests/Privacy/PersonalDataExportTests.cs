using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>Subject access: a learner obtains what the platform holds about them; nobody else but an administrator, recorded.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class PersonalDataExportTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task A_learners_export_holds_their_applications_decisions_certificates_recognised_courses_and_reads()
    {
        var (campus, iin) = await Decided();
        await campus.ApplicationOf(campus.Application(iin, Certificates.Mooc(iin), key: "decided")).Get(Actors.Registrar(campus.Bin));
        await ReadRecords.FlushAsync(fixture.Cluster);

        var export = await fixture.Grains.GetGrain<IPersonalDataExportGrain>(LearnerKeys.For(iin)).Export(Actors.Learner(iin));

        var application = Assert.Single(export.Applications);
        Assert.Equal(ApplicationStatus.Recognised, application.Status);
        Assert.NotNull(application.Decision);
        Assert.Equal(application.Documents.Single().Number, Assert.Single(export.Certificates).Number);
        var held = Assert.Single(export.Recognitions);
        Assert.Equal((campus.Bin, Campus.MachineLearning), (held.InstitutionBin, held.Held.Recognition.UnitCode));
        Assert.Equal((1, PersonalDataReads.Application), (export.ReadsTotal, Assert.Single(export.Reads).What));
    }

    [Fact]
    public async Task Another_learner_may_not_obtain_a_learners_export()
    {
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<IPersonalDataExportGrain>(LearnerKeys.For(iin)).Export(Actors.Learner(TestIdentities.NewIin())),
            DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task An_administrators_export_is_recorded_for_the_learner_to_see()
    {
        var (_, iin) = await Decided();

        await fixture.Grains.GetGrain<IPersonalDataExportGrain>(LearnerKeys.For(iin)).Export(Actors.Administrator);

        var reads = await ReadRecords.OfAsync(fixture, iin);
        Assert.Equal(
            [PersonalDataReads.Application, PersonalDataReads.LearnerListing, PersonalDataReads.ReadRecords],
            reads.Select(r => r.What).Order(StringComparer.Ordinal));
        Assert.All(reads, r => Assert.Equal(Actors.Administrator.SubjectId, r.ReaderSubjectId));
    }

    private async Task<(Campus Campus, string Iin)> Decided()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), key: "decided");
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Chair(campus.Bin));
        await SharedEventLog.CatchUpAsync();
        return (campus, iin);
    }
}
