using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using Xunit;

using static NationalRecognition.Domain.Tests.People.People;

namespace NationalRecognition.Domain.Tests.People;

public sealed class RoleGrantTests
{
    [Fact]
    public void An_institution_role_is_granted_at_a_bin_with_a_valid_check_digit()
    {
        var ex = Assert.Throws<DomainException>(() => RoleGrant.For(PersonRole.Registrar, "230440000128"));

        Assert.Equal(DomainErrorCode.Validation, ex.Code);
        Assert.Equal("institutionBin", ex.Field);
    }

    [Fact]
    public void A_head_without_an_institution_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => RoleGrant.For(PersonRole.Head));

        Assert.Equal("institutionBin", ex.Field);
    }

    [Fact]
    public void A_commission_role_is_held_at_the_commissions_institution()
    {
        var grant = RoleGrant.For(PersonRole.CommissionChair, commissionId: $"{Bin}/main");

        Assert.Equal(Bin, grant.InstitutionBin);
        Assert.Equal($"{Bin}/main", grant.CommissionId);
    }

    [Fact]
    public void A_commission_role_naming_another_institution_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => RoleGrant.For(PersonRole.CommissionMember, OtherBin, $"{Bin}/main"));

        Assert.Equal("scope", ex.Field);
    }

    [Fact]
    public void A_commission_id_that_is_not_bin_slash_code_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => RoleGrant.For(PersonRole.CommissionMember, commissionId: "main"));

        Assert.Equal("commissionId", ex.Field);
    }

    [Fact]
    public void A_platform_administrator_takes_no_scope()
    {
        var ex = Assert.Throws<DomainException>(() => RoleGrant.For(PersonRole.PlatformAdministrator, Bin));

        Assert.Equal("scope", ex.Field);
    }

    [Fact]
    public void An_analyst_without_a_ministry_is_national()
    {
        var grant = RoleGrant.For(PersonRole.MinistryAnalyst);

        Assert.Null(grant.Ministry);
        Assert.Equal("MinistryAnalyst", grant.ActingAs);
    }

    [Fact]
    public void A_grant_is_named_by_its_role_and_scope_when_acting_in_it()
    {
        Assert.Equal($"Registrar:{Bin}", Registrar().ActingAs);
        Assert.Equal($"CommissionSecretary:{Bin}/main", Secretary().ActingAs);
        Assert.Equal("MinistryAnalyst:Enlightenment", RoleGrant.For(PersonRole.MinistryAnalyst, ministry: Ministry.Enlightenment).ActingAs);
    }

    [Fact]
    public void Two_grants_of_one_role_in_one_scope_are_equal()
    {
        Assert.Equal(Registrar(), Registrar());
        Assert.NotEqual(Registrar(), Registrar(OtherBin));
    }
}
