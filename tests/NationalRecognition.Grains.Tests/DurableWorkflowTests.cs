using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using Xunit;

using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>What is acknowledged stays: state, audit trail and listings across silo restarts and deaths, on PostgreSQL.</summary>
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
        Assert.Equal(["Submitted", "ReviewStarted"], (await application.GetAuditTrail(Actors.Administrator)).Select(a => a.Action).ToArray());
        Assert.Equal(Campus.ChairName, (await fixture.Grains.GetGrain<Contracts.Commissions.ICommissionGrain>(campus.CommissionId!).Get())!.Chair.Name);
    }

    [Fact]
    public async Task Listings_catch_up_when_the_silo_dies_between_the_application_write_and_its_notifications()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var id = Contracts.Applications.ApplicationIds.FromIdempotencyKey(iin, command.IdempotencyKey);
        var held = DeliveryGate.Instance.HoldDeliveries(id);

        var submit = campus.Submit(command);
        var silo = await held.WaitAsync(TimeSpan.FromSeconds(30));
        var victim = fixture.Cluster.Silos.Single(s => s.SiloAddress.Equals(silo));
        await fixture.Cluster.KillSiloAsync(victim);
        await Assert.ThrowsAnyAsync<Exception>(() => submit);

        // The write was acknowledged by storage before the silo died; the reminder delivers it on a survivor.
        var learner = fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(iin));
        var listed = await Eventually.Reach(
            () => learner.GetPage(null, new PageRequest(), Actors.Administrator), p => p.Items.Count == 1, "the learner's listing to show the application",
            TimeSpan.FromSeconds(60));
        var queue = await fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(campus.CommissionId!, Campus.OpenPeriod))
            .GetPage(null, new PageRequest(), Actors.Administrator);
        Assert.Equal(id, listed.Items[0].Id);
        Assert.Equal(id, Assert.Single(queue.Items).Id);
        Assert.Equal(ApplicationStatus.Submitted, (await campus.ApplicationOf(command).Get(Actors.Administrator))!.Status);

        DeliveryGate.Instance.Release(id);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }
}
