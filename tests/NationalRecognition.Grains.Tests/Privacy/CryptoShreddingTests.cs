using System.Text.Json;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Hosting.LocalMode.Privacy;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>
/// Personal fields of new events are sealed under the learner's data key; shredding the key erases them from the
/// append-only log while the record the law keeps (the refusal's clause and reason) stays readable.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CryptoShreddingTests(WorkflowClusterFixture fixture)
{
    private static readonly InMemoryLearnerKeyStore Keys = InMemoryPrivacyStores.KeysOf(SharedEventLog.Instance);

    [Fact]
    public async Task A_withdrawal_reason_is_stored_sealed_and_opens_with_the_learners_key()
    {
        var (application, iin) = await Withdrawn("Отбасылық жағдай / семейные обстоятельства");

        var withdrawn = await LastEvent<ApplicationWithdrawn>(application);

        Assert.DoesNotContain("семейные", JsonSerializer.Serialize(withdrawn, EventCatalogue.Json), StringComparison.Ordinal);
        Assert.Equal("Отбасылық жағдай / семейные обстоятельства", await PersonalFields.OpenAsync(Keys, withdrawn.Reason, CancellationToken.None));
        Assert.NotEqual(iin, withdrawn.Reason.KeyId.ToString());
    }

    [Fact]
    public async Task A_shredded_key_leaves_the_withdrawal_reason_erased()
    {
        var (application, iin) = await Withdrawn("Переехал в другой город");

        await Keys.ShredLearnerAsync(LearnerKeys.For(iin), TestClock.Instance.GetUtcNow(), CancellationToken.None);

        Assert.Null(await PersonalFields.OpenAsync(Keys, (await LastEvent<ApplicationWithdrawn>(application)).Reason, CancellationToken.None));
    }

    [Fact]
    public async Task A_door_refusal_stores_the_learners_iin_sealed_with_its_clause_in_clear()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), period: Campus.StartedPeriod);
        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.DeadlinePassed, "13");

        var refusal = await LastEvent<SubmissionRefusedAtDoor>(campus.ApplicationOf(command));

        Assert.Equal(("13", campus.Bin), (refusal.Clause, refusal.InstitutionBin));
        Assert.Equal(iin, await PersonalFields.OpenAsync(Keys, refusal.LearnerIin, CancellationToken.None));
    }

    [Fact]
    public async Task Once_shredded_a_door_refusal_names_no_learner_and_only_the_institution_still_sees_it()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), period: Campus.StartedPeriod);
        await Refusal.Expect(() => campus.Submit(command), DomainErrorCode.DeadlinePassed, "13");
        var application = campus.ApplicationOf(command);
        Assert.Single(await application.GetAuditTrail(Actors.Learner(iin)));

        await Keys.ShredLearnerAsync(LearnerKeys.For(iin), TestClock.Instance.GetUtcNow(), CancellationToken.None);

        Assert.Empty(await application.GetAuditTrail(Actors.Learner(iin)));
        Assert.Equal("SubmissionRefusedAtDoor", Assert.Single(await application.GetAuditTrail(Actors.Registrar(campus.Bin))).Action);
    }

    [Fact]
    public async Task A_learner_who_comes_back_after_shredding_gets_a_new_key()
    {
        var learner = LearnerKeys.For(TestIdentities.NewIin());
        var first = await Keys.GetOrCreateAsync(learner, TestClock.Instance.GetUtcNow(), CancellationToken.None);

        await Keys.ShredLearnerAsync(learner, TestClock.Instance.GetUtcNow(), CancellationToken.None);
        var second = await Keys.GetOrCreateAsync(learner, TestClock.Instance.GetUtcNow(), CancellationToken.None);

        Assert.NotEqual(first.KeyId, second.KeyId);
        Assert.Null((await Keys.FindAsync([first.KeyId], CancellationToken.None))[first.KeyId]);
    }

    private async Task<(IApplicationGrain Application, string Iin)> Withdrawn(string reason)
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        await application.Withdraw(reason, Actors.Learner(iin));
        return (application, iin);
    }

    private static async Task<T> LastEvent<T>(IApplicationGrain application)
    {
        var events = await SharedEventLog.Instance.ReadStreamAsync(StateKey.Of(application.GetGrainId()).StreamId, CancellationToken.None);
        return events.Select(EventCatalogue.Read).OfType<T>().Last();
    }
}
