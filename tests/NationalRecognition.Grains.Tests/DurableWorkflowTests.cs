using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>What is acknowledged stays and reaches the read models: state, audit trail, listings and audit log, across silo restarts, on PostgreSQL.</summary>
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
    public async Task An_acknowledged_submission_reaches_the_listings_and_the_audit_log_through_the_silos_projector()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var submitted = await campus.Submit(command);

        // The silos' own projector, not a test helper, applies the event; the test waits for it, not for a time.
        var queue = fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(campus.CommissionId!, Campus.OpenPeriod));
        var listed = await Eventually.Reach(
            () => queue.GetPage(null, new PageRequest(), Actors.Administrator), p => p.Items.Count == 1, "the queue to list the application");
        var learner = await fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(iin)).GetPage(null, new PageRequest(), Actors.Administrator);
        var auditLog = fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(campus.Bin, TestClock.Today));
        var audited = await Eventually.Reach(
            () => auditLog.GetPage(new PageRequest(PageRequest.MaxPageSize), Actors.Head(campus.Bin)),
            p => p.Items.Any(r => r.Action == "ApplicationSubmitted"), "the institution's audit log to record the submission");

        Assert.Equal((submitted.Id, submitted.Version), (listed.Items[0].Id, listed.Items[0].Version));
        Assert.Equal(submitted.Id, Assert.Single(learner.Items).Id);
        var record = Assert.Single(audited.Items, r => r.Action == "ApplicationSubmitted");
        Assert.Equal((ActorRole.Learner, AuditOutcome.Succeeded), (record.Role, record.Outcome));
        Assert.Contains(submitted.Id.ToString("N"), record.Target, StringComparison.OrdinalIgnoreCase);
    }
}
