using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.People;
using Xunit;

using static NationalRecognition.Domain.Tests.People.People;

namespace NationalRecognition.Domain.Tests.People;

public sealed class RoleDelegationTests
{
    [Fact]
    public void A_platform_administrator_assigns_an_institutions_head()
    {
        var roles = new HeldRoles([]);

        Assert.True(roles.Grant(RoleGrant.For(PersonRole.Head, Bin), AsAdministrator, NewcomerByIdentity));
    }

    [Fact]
    public void The_head_delegates_the_registrar_of_their_institution()
    {
        var roles = new HeldRoles([]);

        Assert.True(roles.Grant(Registrar(), AsHead(), NewcomerByIdentity));
    }

    [Fact]
    public void The_head_delegates_commission_roles_of_their_institution()
    {
        var roles = new HeldRoles([]);

        Assert.True(roles.Grant(Secretary(), AsHead(), NewcomerByIdentity));
    }

    [Fact]
    public void A_head_delegates_nothing_at_another_institution()
    {
        var ex = Assert.Throws<DomainException>(() => new HeldRoles([]).Grant(Registrar(OtherBin), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void A_head_does_not_appoint_another_head()
    {
        var ex = Assert.Throws<DomainException>(() => new HeldRoles([]).Grant(RoleGrant.For(PersonRole.Head, Bin), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void A_head_does_not_make_platform_administrators()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new HeldRoles([]).Grant(RoleGrant.For(PersonRole.PlatformAdministrator), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void Ministry_analysts_are_granted_by_platform_administrators_only()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new HeldRoles([]).Grant(RoleGrant.For(PersonRole.MinistryAnalyst), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void A_registrar_delegates_nothing()
    {
        var registrar = new Grantor(Newcomer, PersonRole.Registrar, Bin);

        var ex = Assert.Throws<DomainException>(() => new HeldRoles([]).Grant(Secretary(), registrar, Grantee.ByIdentity(Head.Identity)));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void Nobody_grants_a_role_to_themselves()
    {
        var ex = Assert.Throws<DomainException>(() => new HeldRoles([]).Grant(Registrar(), AsHead(), Grantee.ByIdentity(Head.Identity)));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
        Assert.Equal("person", ex.Field);
    }

    [Fact]
    public void Nobody_grants_a_role_to_their_own_iin()
    {
        var ex = Assert.Throws<DomainException>(() => new HeldRoles([]).Grant(Registrar(), AsHead(), Grantee.ByIin(Head.Iin!.Value.Value)));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void An_administrator_does_not_grant_themselves_more()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new HeldRoles([]).Grant(RoleGrant.For(PersonRole.Head, Bin), AsAdministrator, Grantee.ByIdentity(Administrator.Identity)));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void The_platform_itself_grants_the_first_administrator()
    {
        var roles = new HeldRoles([]);

        Assert.True(roles.Grant(RoleGrant.For(PersonRole.PlatformAdministrator), Grantor.Platform, Grantee.ByIdentity(Administrator.Identity)));
    }

    [Fact]
    public void Granting_a_role_held_already_changes_nothing()
    {
        var roles = new HeldRoles([Registrar()]);

        Assert.False(roles.Grant(Registrar(), AsHead(), NewcomerByIdentity));
        Assert.Single(roles.Grants);
    }

    [Fact]
    public void The_head_revokes_a_role_they_delegated()
    {
        var roles = new HeldRoles([Registrar()]);

        Assert.True(roles.Revoke(Registrar(), AsHead(), NewcomerByIdentity));
        Assert.Empty(roles.Grants);
    }

    [Fact]
    public void Revoking_needs_the_authority_granting_needs()
    {
        var ex = Assert.Throws<DomainException>(() => new HeldRoles([Registrar(OtherBin)]).Revoke(Registrar(OtherBin), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void Revoking_a_role_not_held_changes_nothing()
    {
        Assert.False(new HeldRoles([]).Revoke(Registrar(), AsHead(), NewcomerByIdentity));
    }

    [Fact]
    public void A_person_holds_a_bounded_number_of_roles()
    {
        var roles = new HeldRoles([]);
        for (var i = 0; i < HeldRoles.MaxGrants; i++)
        {
            roles.Grant(RoleGrant.For(PersonRole.CommissionMember, commissionId: $"{Bin}/c{i}"), AsHead(), NewcomerByIdentity);
        }

        var ex = Assert.Throws<DomainException>(() => roles.Grant(Registrar(), AsHead(), NewcomerByIdentity));

        Assert.Equal(DomainErrorCode.Conflict, ex.Code);
    }
}
