namespace NationalRecognition.Contracts.People;

/// <summary>
/// Grant or revoke one role of one person. <see cref="ActorIssuer"/> is the identity provider of the person giving the
/// command (the actor carries only the subject), so that nobody grants a role to their own platform identity.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ChangeRole")]
public sealed record ChangeRole(
    [property: Id(0)] PersonReference Person,
    [property: Id(1)] RoleRequest Role,
    [property: Id(2)] string? ActorIssuer = null);
