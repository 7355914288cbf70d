using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

[Collection(WorkflowClusterCollection.Name)]
public sealed class CommissionTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task A_new_order_reconstitutes_the_Commission_and_the_old_composition_stays_in_history()
    {
        var campus = await Campus.Open(fixture.Grains);
        var commission = fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!);

        var info = await commission.Reconstitute(Campus.Constitution("31-НҚ", TestClock.Today.AddDays(-3), chair: "Aliya Kassymova"), Actors.Head(campus.Bin));

        Assert.Equal("Aliya Kassymova", info.Chair.Name);
        Assert.Equal(2, info.History.Count);
        Assert.Equal((Campus.ChairName, (DateOnly?)TestClock.Today.AddDays(-3)), (info.History[0].Members[0].Name, info.History[0].InForceUntil));
    }

    [Fact]
    public async Task A_reconstitution_dated_in_the_future_is_not_reported_as_current()
    {
        var campus = await Campus.Open(fixture.Grains);
        var commission = fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!);

        var info = await commission.Reconstitute(Campus.Constitution("31-НҚ", TestClock.Today.AddDays(10), chair: "Aliya Kassymova"), Actors.Head(campus.Bin));

        Assert.Equal((Campus.ChairName, 2), (info.Chair.Name, info.History.Count));
    }

    [Fact]
    public async Task Application_is_addressed_to_the_chair_in_office_whatever_name_the_learner_typed()
    {
        var campus = await Campus.Open(fixture.Grains);
        await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!)
            .Reconstitute(Campus.Constitution("31-НҚ", TestClock.Today.AddDays(-3), chair: "Aliya Kassymova"), Actors.Head(campus.Bin));
        var iin = TestIdentities.NewIin();

        var application = await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)) with { AddressedTo = "To the former chair, N. Abenov" });

        Assert.Equal("Aliya Kassymova", application.AddressedTo);
    }

    [Fact]
    public async Task Establishing_again_by_another_order_is_a_conflict()
    {
        var campus = await Campus.Open(fixture.Grains);

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!).Establish(Campus.Constitution("99", new DateOnly(2025, 9, 1)), Actors.Head(campus.Bin)),
            DomainErrorCode.Conflict, "11");
    }

    [Fact]
    public async Task Repeating_the_founding_order_is_harmless()
    {
        var campus = await Campus.Open(fixture.Grains);

        var info = await fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!)
            .Establish(Campus.Constitution("17-НҚ", new DateOnly(2025, 8, 20)), Actors.Head(campus.Bin));

        Assert.Single(info.History);
    }

    [Fact]
    public async Task A_composition_without_a_chair_is_refused()
    {
        var campus = await Campus.Open(fixture.Grains, withCommission: false);
        var noChair = Campus.Constitution("1", new DateOnly(2025, 8, 1));
        noChair = noChair with { Members = noChair.Members.Skip(1).ToList() };

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<ICommissionGrain>(CommissionIds.For(campus.Bin)).Establish(noChair, Actors.Head(campus.Bin)),
            DomainErrorCode.RuleViolation);
    }
}
