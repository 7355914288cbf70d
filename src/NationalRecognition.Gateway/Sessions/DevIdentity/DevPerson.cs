using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Sessions.DevIdentity;

/// <summary>One demo person the development identity provider signs in as: a name to show and the claims of their role.</summary>
public sealed record DevPerson(string Id, string Name, ActorRole Role, string? Bin = null, string? Iin = null, string? Ministry = null);
