using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// A role granted to a person, addressed by platform identity (issuer, subject) or by IIN (kept masked: the person key is
/// the IIN's pseudonym). Written in the institution's log when the role is held at one, else in the platform's.
/// </summary>
[PlatformEvent("RoleGranted", 1)]
public sealed record RoleGranted(
    string PersonKey,
    string? Issuer,
    string? Subject,
    string? MaskedIin,
    PersonRole Role,
    string? InstitutionBin,
    string? CommissionId,
    Ministry? Ministry) : IPlatformEvent
{
    public string Describe() => $"role {Role}{RoleScopes.Describe(InstitutionBin, CommissionId, Ministry)} granted";
}

/// <summary>A role revoked; the same members as <see cref="RoleGranted"/>.</summary>
[PlatformEvent("RoleRevoked", 1)]
public sealed record RoleRevoked(
    string PersonKey,
    string? Issuer,
    string? Subject,
    string? MaskedIin,
    PersonRole Role,
    string? InstitutionBin,
    string? CommissionId,
    Ministry? Ministry) : IPlatformEvent
{
    public string Describe() => $"role {Role}{RoleScopes.Describe(InstitutionBin, CommissionId, Ministry)} revoked";
}

/// <summary>The scope of a role in an audit line (no personal data: a BIN, a Commission id, a ministry).</summary>
internal static class RoleScopes
{
    public static string Describe(string? institutionBin, string? commissionId, Ministry? ministry) =>
        commissionId is not null ? $" at Commission {commissionId}"
        : institutionBin is not null ? $" at institution {institutionBin}"
        : ministry is { } m ? $" for {m}"
        : string.Empty;
}
