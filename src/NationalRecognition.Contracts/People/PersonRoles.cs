namespace NationalRecognition.Contracts.People;

/// <summary>
/// The roles held under one person key (<see cref="PersonKeys"/>): granted to a platform identity, or to an IIN (shown
/// masked). A signed-in person holds the union of both.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.PersonRoles")]
public sealed record PersonRoles(
    [property: Id(0)] string PersonKey,
    [property: Id(1)] string? Issuer,
    [property: Id(2)] string? Subject,
    [property: Id(3)] string? MaskedIin,
    [property: Id(4)] IReadOnlyList<GrantedRole> Grants);
