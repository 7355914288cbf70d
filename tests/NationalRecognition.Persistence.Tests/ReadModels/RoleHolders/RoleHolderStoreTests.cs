using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.RoleHolders;
using NationalRecognition.Persistence.ReadModels.RoleHolders;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests.ReadModels.RoleHolders;

/// <summary>Institutions' role holders on PostgreSQL: grants add rows, revocations in the same batch remove them, pages walk them in order.</summary>
public sealed class RoleHolderStoreTests : ReadModelDatabase
{
    [Fact]
    public async Task Grants_are_listed_by_role_and_person_and_a_revocation_in_the_same_batch_removes_its_row()
    {
        var store = new PostgreSqlRoleHolderStore(DataSource);
        var holders = new ReadModel(new RoleHolderProjection(), store);
        var bin = TestIdentities.NewBin();
        await Log(new RoleGranted("person-b", "https://idp", "sub-b", null, PersonRole.Registrar, bin, null, null), bin);
        await Log(new RoleGranted("person-a", "https://idp", "sub-a", null, PersonRole.Head, bin, null, null), bin);
        await Log(new RoleGranted("person-c", null, null, "05********37", PersonRole.CommissionMember, bin, $"{bin}/main", null), bin);
        await Log(new RoleRevoked("person-b", "https://idp", "sub-b", null, PersonRole.Registrar, bin, null, null), bin);
        await Log(new RoleGranted("person-x", "https://idp", "sub-x", null, PersonRole.PlatformAdministrator, null, null, null), null);

        await CatchUpAsync(holders, batchSize: 10);
        var first = await store.PageAsync(bin, new PageRequest(1), CancellationToken.None);
        var rest = await store.PageAsync(bin, new PageRequest(10, first.Cursors[0]), CancellationToken.None);

        Assert.Equal(2, first.TotalCount);
        Assert.Equal([(PersonRole.Head, "sub-a", (string?)null), (PersonRole.CommissionMember, null, "05********37")],
            first.Items.Concat(rest.Items).Select(h => (h.Role, h.Subject, h.MaskedIin)).ToArray());
        Assert.False(rest.HasNextPage);
    }

    private Task Log(IPlatformEvent @event, string? bin) =>
        Events.AppendAsync("person/test", EventCatalogue.Pending(@event, Actor.System, bin, DateTimeOffset.UtcNow), CancellationToken.None);
}
