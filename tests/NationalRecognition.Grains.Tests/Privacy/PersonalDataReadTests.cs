using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>Who read whose personal data is recorded, and the learner sees it (the Law on personal data and their protection).</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class PersonalDataReadTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Staff_reading_an_application_is_recorded_for_its_learner()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var submitted = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        await fixture.Grains.GetGrain<IApplicationGrain>(submitted.Id).Get(Actors.Registrar(campus.Bin));

        var read = Assert.Single(await ReadRecords.OfAsync(fixture, iin));
        Assert.Equal((Actors.Registrar(campus.Bin).SubjectId, ActorRole.Registrar, campus.Bin, PersonalDataReads.Application, submitted.Id.ToString()),
            (read.ReaderSubjectId, read.ReaderRole, read.ReaderInstitutionBin, read.What, read.Target));
    }

    [Fact]
    public async Task A_learner_reading_their_own_application_is_not_recorded()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var submitted = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        await fixture.Grains.GetGrain<IApplicationGrain>(submitted.Id).Get(Actors.Learner(iin));
        await fixture.Grains.GetGrain<IApplicationGrain>(submitted.Id).GetAuditTrail(Actors.Learner(iin));

        Assert.Empty(await ReadRecords.OfAsync(fixture, iin));
    }

    [Fact]
    public async Task Each_row_of_an_institution_listing_read_by_staff_is_recorded_for_its_learner()
    {
        var campus = await Campus.Open(fixture.Grains);
        var first = TestIdentities.NewIin();
        var second = TestIdentities.NewIin();
        await campus.Submit(campus.Application(first, Certificates.Mooc(first)));
        await campus.Submit(campus.Application(second, Certificates.Mooc(second)));
        await SharedEventLog.CatchUpAsync();

        await fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(campus.Bin, Campus.OpenPeriod))
            .GetPage(null, new PageRequest(10), Actors.Registrar(campus.Bin));

        Assert.Equal(PersonalDataReads.Listing, Assert.Single(await ReadRecords.OfAsync(fixture, first)).What);
        Assert.Equal(PersonalDataReads.Listing, Assert.Single(await ReadRecords.OfAsync(fixture, second)).What);
    }

    [Fact]
    public async Task Reads_are_shown_newest_first_a_page_at_a_time()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var submitted = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));
        var application = fixture.Grains.GetGrain<IApplicationGrain>(submitted.Id);
        await application.Get(Actors.Registrar(campus.Bin));
        await application.GetAuditTrail(Actors.Chair(campus.Bin));
        await application.Get(Actors.Administrator);
        await ReadRecords.FlushAsync(fixture.Cluster);
        var reads = fixture.Grains.GetGrain<IPersonalDataReadsGrain>(LearnerKeys.For(iin));

        var first = await reads.GetPage(new PageRequest(2), Actors.Learner(iin));
        var second = await reads.GetPage(new PageRequest(2, first.Cursors[^1]), Actors.Learner(iin));

        Assert.Equal((3, true, false), (first.TotalCount, first.HasNextPage, second.HasNextPage));
        Assert.Equal([Actors.Administrator.SubjectId, Actors.ChairSubject, Actors.Registrar(campus.Bin).SubjectId],
            first.Items.Concat(second.Items).Select(r => r.ReaderSubjectId));
    }

    [Fact]
    public async Task Another_learner_may_not_read_whose_data_was_read()
    {
        var iin = TestIdentities.NewIin();

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<IPersonalDataReadsGrain>(LearnerKeys.For(iin)).GetPage(new PageRequest(10), Actors.Learner(TestIdentities.NewIin())),
            DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task An_administrator_reading_a_learners_record_of_reads_is_itself_recorded()
    {
        var iin = TestIdentities.NewIin();

        await fixture.Grains.GetGrain<IPersonalDataReadsGrain>(LearnerKeys.For(iin)).GetPage(new PageRequest(10), Actors.Administrator);

        var read = Assert.Single(await ReadRecords.OfAsync(fixture, iin));
        Assert.Equal((ActorRole.PlatformAdministrator, PersonalDataReads.ReadRecords), (read.ReaderRole, read.What));
    }
}
