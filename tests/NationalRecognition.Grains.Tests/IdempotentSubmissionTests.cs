using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

[Collection(WorkflowClusterCollection.Name)]
public sealed class IdempotentSubmissionTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Retried_submit_with_the_same_key_returns_the_same_application()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), key: "retry-me");

        var first = await campus.Submit(command);
        var again = await campus.Submit(command);

        Assert.Equal((first.Id, 1), (again.Id, again.Version));
        Assert.Single(await campus.ApplicationOf(command).GetAuditTrail(Actors.Administrator));
    }

    [Fact]
    public async Task Same_key_with_different_content_is_a_conflict()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin), key: "used-once");
        await campus.Submit(command);

        await Refusal.Expect(() => campus.Submit(command with { UnitCodes = [Campus.Databases] }), DomainErrorCode.Conflict);
    }

    [Fact]
    public async Task Two_hundred_concurrent_submissions_to_one_Commission_give_one_application_per_key()
    {
        var campus = await Campus.Open(fixture.Grains);
        var commands = Enumerable.Range(0, 150).Select(i =>
        {
            var iin = TestIdentities.NewIin();
            return campus.Application(iin, Certificates.Mooc(iin), key: $"peak-{i}");
        }).ToList();
        var retried = commands.Take(50).ToList();

        var results = await Task.WhenAll(commands.Concat(retried).Select(campus.Submit));

        // Ids derive from the keys, so equal ids prove nothing: a duplicate that was applied again would show as a
        // second version and a second entry in the application's trail.
        Assert.Equal(200, results.Length);
        Assert.All(results, r => Assert.Equal(1, r.Version));
        foreach (var command in retried)
        {
            var trail = await campus.ApplicationOf(command).GetAuditTrail(Actors.Administrator);
            Assert.Equal(["ApplicationSubmitted"], trail.Select(e => e.Action).ToArray());
        }

        await SharedEventLog.CatchUpAsync();
        var queue = fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(campus.CommissionId!, Campus.OpenPeriod));
        var listed = new List<Guid>();
        string? after = null;
        do
        {
            var page = await queue.GetPage(null, new PageRequest(100, after), Actors.Administrator);
            listed.AddRange(page.Items.Select(i => i.Id));
            after = page.HasNextPage ? page.Cursors[^1] : null;
        }
        while (after is not null);

        Assert.Equal(results.Select(r => r.Id).Distinct().Order(), listed.Order());
    }
}
