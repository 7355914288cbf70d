using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.People;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The demo people and the roles the platform holds for them: an administrator, a national analyst, and at every demo
/// institution its head, registrar, and the Commission's chair, secretary and member. Their subjects are those of
/// <see cref="LocalSubjects"/>, so a person's token (<c>token.sh --sub local-head-990840000347</c>, no role) acts in
/// exactly the roles granted here, and the Commission's chair and secretary are the members its order records.
/// </summary>
internal static class DemoPeople
{
    public static IEnumerable<(PersonReference Person, RoleRequest Role)> Grants(string issuer)
    {
        yield return (Person(issuer, ActorRole.PlatformAdministrator), new RoleRequest(PersonRole.PlatformAdministrator));
        yield return (Person(issuer, ActorRole.MinistryAnalyst), new RoleRequest(PersonRole.MinistryAnalyst));
        foreach (var institution in DemoInstitutions.All)
        {
            var bin = institution.Bin;
            yield return (Person(issuer, ActorRole.Head, bin), new RoleRequest(PersonRole.Head, bin));
            yield return (Person(issuer, ActorRole.Registrar, bin), new RoleRequest(PersonRole.Registrar, bin));
            yield return (Person(issuer, ActorRole.CommissionChair, bin), new RoleRequest(PersonRole.CommissionChair, CommissionId: institution.CommissionId));
            yield return (Person(issuer, ActorRole.CommissionSecretary, bin), new RoleRequest(PersonRole.CommissionSecretary, CommissionId: institution.CommissionId));
            yield return (Person(issuer, ActorRole.CommissionMember, bin), new RoleRequest(PersonRole.CommissionMember, CommissionId: institution.CommissionId));
        }
    }

    private static PersonReference Person(string issuer, ActorRole role, string? bin = null) => new(issuer, LocalSubjects.For(role, bin));
}
