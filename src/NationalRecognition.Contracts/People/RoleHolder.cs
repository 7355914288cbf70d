using NationalRecognition.Domain.People;

namespace NationalRecognition.Contracts.People;

/// <summary>One role held at an institution, as its listing shows it: who (identity, or masked IIN), which role, where.</summary>
[GenerateSerializer, Immutable, Alias("nr.RoleHolder")]
public sealed record RoleHolder(
    [property: Id(0)] string PersonKey,
    [property: Id(1)] string? Issuer,
    [property: Id(2)] string? Subject,
    [property: Id(3)] string? MaskedIin,
    [property: Id(4)] PersonRole Role,
    [property: Id(5)] string? CommissionId,
    [property: Id(6)] DateTimeOffset GrantedAt);
