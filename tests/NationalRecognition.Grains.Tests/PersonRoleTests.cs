using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.People;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>Roles held by the platform: granted and revoked by who may, recorded in the log, listed per institution.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class PersonRoleTests(WorkflowClusterFixture fixture)
{
    private const string Issuer = "https://idp.test";

    [Fact]
    public async Task A_head_delegates_a_registrar_whose_role_the_person_then_holds()
    {
        var bin = TestIdentities.NewBin();
        var person = NewPerson();

        var roles = await Grain(person).Grant(Change(person, new RoleRequest(PersonRole.Registrar, bin)), Actors.Head(bin));

        var held = Assert.Single(roles.Grants);
        Assert.Equal((PersonRole.Registrar, bin, Actors.Head(bin).SubjectId), (held.Role, held.InstitutionBin, held.GrantedBy));
        Assert.Equal(roles.Grants, (await Grain(person).Get()).Grants);
    }

    [Fact]
    public async Task A_head_of_another_institution_is_refused_and_the_refusal_is_audited()
    {
        var bin = TestIdentities.NewBin();
        var otherHead = Actors.Head(TestIdentities.NewBin());
        var person = NewPerson();

        await Refusal.Expect(() => Grain(person).Grant(Change(person, new RoleRequest(PersonRole.Registrar, bin)), otherHead), DomainErrorCode.Forbidden);

        var records = await Records(otherHead.InstitutionBin!);
        Assert.Contains(records, r => r.Action == "IPersonGrain.Grant" && r.Outcome == AuditOutcome.Forbidden);
        Assert.Empty((await Grain(person).Get()).Grants);
    }

    [Fact]
    public async Task Nobody_grants_themselves_a_role()
    {
        var bin = TestIdentities.NewBin();
        var head = Actors.Head(bin);
        var self = new PersonReference(Issuer, head.SubjectId);

        await Refusal.Expect(() => Grain(self).Grant(Change(self, new RoleRequest(PersonRole.CommissionChair, CommissionId: CommissionIds.For(bin))), head),
            DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task Grants_and_revocations_are_in_the_institutions_audit_log()
    {
        var bin = TestIdentities.NewBin();
        var person = NewPerson();
        var secretary = new RoleRequest(PersonRole.CommissionSecretary, CommissionId: CommissionIds.For(bin));
        await Grain(person).Grant(Change(person, secretary), Actors.Head(bin));
        await Grain(person).Revoke(Change(person, secretary), Actors.Head(bin));

        var records = await Records(bin);

        Assert.Equal(
            [("RoleGranted", ActorRole.Head), ("RoleRevoked", ActorRole.Head)],
            records.Where(r => r.Outcome == AuditOutcome.Succeeded).Select(r => (r.Action, r.Role)).ToArray());
        Assert.All(records, r => Assert.DoesNotContain(person.Subject!, r.Detail ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Granting_again_writes_nothing_new()
    {
        var bin = TestIdentities.NewBin();
        var person = NewPerson();
        var registrar = Change(person, new RoleRequest(PersonRole.Registrar, bin));
        await Grain(person).Grant(registrar, Actors.Head(bin));

        await Grain(person).Grant(registrar, Actors.Head(bin));

        Assert.Single(await Records(bin), r => r.Action == "RoleGranted");
    }

    [Fact]
    public async Task A_grant_by_iin_waits_under_the_iins_key_with_the_iin_masked()
    {
        var bin = TestIdentities.NewBin();
        var iin = TestIdentities.NewIin();
        var person = new PersonReference(Iin: iin);

        var roles = await Grain(person).Grant(Change(person, new RoleRequest(PersonRole.Head, bin)), Actors.Administrator);

        Assert.Equal(PersonKeys.ForIin(iin), roles.PersonKey);
        Assert.NotNull(roles.MaskedIin);
        Assert.DoesNotContain(iin, roles.MaskedIin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_institution_lists_its_role_holders_in_keyset_pages_and_drops_revoked_ones()
    {
        var bin = TestIdentities.NewBin();
        var people = Enumerable.Range(0, 3).Select(_ => NewPerson()).ToList();
        foreach (var person in people)
        {
            await Grain(person).Grant(Change(person, new RoleRequest(PersonRole.CommissionMember, CommissionId: CommissionIds.For(bin))), Actors.Head(bin));
        }

        await Grain(people[1]).Revoke(Change(people[1], new RoleRequest(PersonRole.CommissionMember, CommissionId: CommissionIds.For(bin))), Actors.Head(bin));
        await SharedEventLog.CatchUpAsync();

        var listing = fixture.Grains.GetGrain<IInstitutionRoleHoldersGrain>(bin);
        var first = await listing.GetPage(new PageRequest(1), Actors.Head(bin));
        var second = await listing.GetPage(new PageRequest(1, first.Cursors[0]), Actors.Head(bin));

        Assert.Equal(2, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(
            new[] { people[0], people[2] }.Select(p => p.Subject).Order(StringComparer.Ordinal),
            first.Items.Concat(second.Items).Select(h => h.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_institutions_staff_may_not_read_its_role_holders()
    {
        var bin = TestIdentities.NewBin();

        await Refusal.Expect(
            () => fixture.Grains.GetGrain<IInstitutionRoleHoldersGrain>(bin).GetPage(new PageRequest(), Actors.Registrar(TestIdentities.NewBin())),
            DomainErrorCode.Forbidden);
    }

    private IPersonGrain Grain(PersonReference person) => fixture.Grains.GetGrain<IPersonGrain>(PersonKeys.For(person));

    private static PersonReference NewPerson() => new(Issuer, $"person-{Guid.NewGuid():N}");

    private static ChangeRole Change(PersonReference person, RoleRequest role) => new(person, role, Issuer);

    private async Task<List<AuditRecord>> Records(string bin)
    {
        await SharedEventLog.CatchUpAsync();
        var day = DateOnly.FromDateTime(TestClock.Instance.GetUtcNow().UtcDateTime);
        var records = new List<AuditRecord>();
        foreach (var d in new[] { day.AddDays(-1), day })
        {
            var page = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(bin, d)).GetPage(new PageRequest(PageRequest.MaxPageSize), Actors.Administrator);
            records.AddRange(page.Items.Reverse());
        }

        return records;
    }
}
