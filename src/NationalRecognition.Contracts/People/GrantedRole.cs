using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Contracts.People;

/// <summary>A role a person holds, with when and by whom (the grantor's subject) it was granted.</summary>
[GenerateSerializer, Immutable, Alias("nr.GrantedRole")]
public sealed record GrantedRole(
    [property: Id(0)] PersonRole Role,
    [property: Id(1)] string? InstitutionBin,
    [property: Id(2)] string? CommissionId,
    [property: Id(3)] Ministry? Ministry,
    [property: Id(4)] DateTimeOffset GrantedAt,
    [property: Id(5)] string GrantedBy)
{
    /// <summary>The grant as the domain judges it.</summary>
    public RoleGrant ToGrant() => RoleGrant.For(Role, InstitutionBin, CommissionId, Ministry);
}
