using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using Xunit;

using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>What is acknowledged stays and reaches the read models: state, audit trail and listings across silo restarts, on PostgreSQL.</summary>
[Collection(PostgreSqlWorkflowCollection.Name)]
public sealed class DurableWorkflowTests(PostgreSqlWorkflowFixture fixture)
{
    [Fact]
    public async Task Application_state_and_audit_trail_survive_a_restart_of_every_silo()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        await campus.Submit(command);
        await campus.ApplicationOf(command).StartReview(Actors.Chair(campus.Bin));

        foreach (var silo in fixture.Cluster.Silos.ToList())
        {
            await fixture.Cluster.RestartSiloAsync(silo);
        }

        var application = campus.ApplicationOf(command);
        var restored = await Eventually.Reach(() => application.Get(Actors.Administrator), a => a is not null, "the application after the restart");
        Assert.Equal((ApplicationStatus.UnderReview, 2), (restored!.Status, restored.Version));
        Assert.Equal(["ApplicationSubmitted", "ApplicationReviewStarted"], (await application.GetAuditTrail(Actors.Administrator)).Select(a => a.Action).ToArray());
        Assert.Equal(Campus.ChairName, (await fixture.Grains.GetGrain<Contracts.Commissions.ICommissionGrain>(campus.CommissionId!).Get())!.Chair.Name);
    }

    [Fact]
    public async Task An_acknowledged_submission_reaches_the_listings_and_the_audit_log_within_the_staleness_bound()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var submitted = await campus.Submit(command);

        // The silos' own projector, not a test helper, applies the event: within its poll interval plus one batch.
        var queue = fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(campus.CommissionId!, Campus.OpenPeriod));
        var listed = await Eventually.Reach(
            () => queue.GetPage(null, new PageRequest(), Actors.Administrator), p => p.Items.Count == 1, "the queue to list the application",
            StalenessBound);
        var learner = await fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(iin)).GetPage(null, new PageRequest(), Actors.Administrator);

        Assert.Equal((submitted.Id, submitted.Version), (listed.Items[0].Id, listed.Items[0].Version));
        Assert.Equal(submitted.Id, Assert.Single(learner.Items).Id);
    }

    /// <summary>The projector polls every 200 ms by default and applies a batch in milliseconds; two seconds leaves room for a loaded CI machine.</summary>
    private static readonly TimeSpan StalenessBound = TimeSpan.FromSeconds(2);
}
