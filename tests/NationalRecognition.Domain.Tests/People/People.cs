using NationalRecognition.Domain.People;

namespace NationalRecognition.Domain.Tests.People;

/// <summary>The people and grants the delegation tests share: one institution, its head, an administrator, a newcomer.</summary>
internal static class People
{
    public const string Issuer = "https://idp.egov.example";
    public const string Bin = "230440000129";
    public const string OtherBin = "150140001239";
    public const string NewcomerIin = "050315601237";

    public static readonly Person Administrator = Person.SignedIn(Issuer, "admin-1", null);
    public static readonly Person Head = Person.SignedIn(Issuer, "head-1", "000817506549");
    public static readonly Person Newcomer = Person.SignedIn(Issuer, "newcomer-1", NewcomerIin);

    public static Grantor AsAdministrator => new(Administrator, PersonRole.PlatformAdministrator, null);

    public static Grantor AsHead(string bin = Bin) => new(Head, PersonRole.Head, bin);

    public static Grantee NewcomerByIdentity => Grantee.ByIdentity(Newcomer.Identity);

    public static RoleGrant Registrar(string bin = Bin) => RoleGrant.For(PersonRole.Registrar, bin);

    public static RoleGrant Secretary(string bin = Bin) => RoleGrant.For(PersonRole.CommissionSecretary, commissionId: $"{bin}/main");
}
