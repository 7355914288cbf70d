using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Every command is safe to retry: a retry after a lost answer gets the same answer, a failed write leaves no
/// change behind, and acknowledged means stored.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class RetrySafetyTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task A_decision_retried_with_the_same_expected_version_gives_the_same_answer()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await campus.UnderReview(TestIdentities.NewIin());
        var compared = await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        var decide = campus.Recognise(Campus.MachineLearning);

        var decided = await application.Decide(decide, Actors.Chair(campus.Bin), compared.Version);
        var retried = await application.Decide(decide, Actors.Chair(campus.Bin), compared.Version);

        Assert.Equal((ApplicationStatus.Recognised, compared.Version + 1), (retried.Status, retried.Version));
        Assert.Equal(decided.Decision!.DecidedAt, retried.Decision!.DecidedAt);
        Assert.Equal(4, (await application.GetAuditTrail(Actors.Administrator)).Count);
    }

    [Fact]
    public async Task A_decision_whose_answer_was_lost_is_retried_to_the_same_answer()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await campus.UnderReview(TestIdentities.NewIin());
        var compared = await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        var decide = campus.Recognise(Campus.MachineLearning);
        StorageFaults.FailNextWrite($"application/{application.GetPrimaryKey():N}", afterStoring: true);

        await Assert.ThrowsAnyAsync<Exception>(() => application.Decide(decide, Actors.Chair(campus.Bin), compared.Version));
        var retried = await application.Decide(decide, Actors.Chair(campus.Bin), compared.Version);

        Assert.Equal((ApplicationStatus.Recognised, compared.Version + 1), (retried.Status, retried.Version));
    }

    [Fact]
    public async Task A_review_retried_at_the_version_it_started_from_is_not_an_invalid_transition()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var submitted = await campus.Submit(command);
        var application = campus.ApplicationOf(command);

        var first = await application.StartReview(Actors.Chair(campus.Bin), submitted.Version);
        var retried = await application.StartReview(Actors.Chair(campus.Bin), submitted.Version);

        Assert.Equal(first.Version, retried.Version);
        Assert.Equal(ApplicationStatus.UnderReview, retried.Status);
    }

    [Fact]
    public async Task A_different_command_on_a_version_that_has_moved_on_is_a_conflict()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var submitted = await campus.Submit(command);
        var application = campus.ApplicationOf(command);
        await application.StartReview(Actors.Chair(campus.Bin), submitted.Version);

        await Refusal.Expect(() => application.Withdraw("changed my mind", Actors.Learner(iin), submitted.Version), DomainErrorCode.Conflict);

        Assert.Equal(ApplicationStatus.UnderReview, (await application.Get(Actors.Administrator))!.Status);
    }

    [Fact]
    public async Task A_write_that_fails_leaves_no_change_behind_and_the_retry_applies_it_once()
    {
        var campus = await Campus.Open(fixture.Grains);
        var institution = fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin);
        var period = new AcademicPeriodInfo("2031-spring", "Spring 2031", new DateOnly(2031, 1, 20), new DateOnly(2031, 5, 30));
        StorageFaults.FailNextWrite($"institution/{campus.Bin}");

        await Assert.ThrowsAnyAsync<Exception>(() => institution.SetAcademicPeriod(period, Actors.Registrar(campus.Bin)));
        Assert.DoesNotContain(await institution.GetAcademicCalendar(), p => p.Id == period.Id);

        await institution.SetAcademicPeriod(period, Actors.Registrar(campus.Bin));
        Assert.Single(await institution.GetAcademicCalendar(), p => p.Id == period.Id);
    }
}
