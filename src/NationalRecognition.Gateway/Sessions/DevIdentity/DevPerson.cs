using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Sessions.DevIdentity;

/// <summary>
/// One demo person the development identity provider signs in as: a name to show and the role they act in. When
/// <paramref name="RoleHeldByPlatform"/>, their token is a person's, as a national provider issues it (subject, and the
/// IIN of a learner): the gateway reads their role from the platform's grants (a learner's from the IIN, ADR 0014).
/// Otherwise the token carries the role's claims, which the gateway honours from local mode's own issuer.
/// </summary>
public sealed record DevPerson(
    string Id, string Name, ActorRole Role, string? Bin = null, string? Iin = null, string? Ministry = null, bool RoleHeldByPlatform = false);
