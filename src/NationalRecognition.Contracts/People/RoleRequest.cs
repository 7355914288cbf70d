using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Contracts.People;

/// <summary>A role and its scope as a command states them; the domain's <c>RoleGrant.For</c> judges the combination.</summary>
[GenerateSerializer, Immutable, Alias("nr.RoleRequest")]
public sealed record RoleRequest(
    [property: Id(0)] PersonRole Role,
    [property: Id(1)] string? InstitutionBin = null,
    [property: Id(2)] string? CommissionId = null,
    [property: Id(3)] Ministry? Ministry = null);
