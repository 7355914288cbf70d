using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// The subject a local token carries when none is asked for: the demo data records the same subjects as the Commission
/// members' identities, so a chair or secretary token minted with <c>token</c> records decisions in local mode.
/// </summary>
public static class LocalSubjects
{
    public static string For(ActorRole role, string? bin = null, string? ministry = null) =>
        $"local-{role.ToString().ToLowerInvariant()}-{bin ?? ministry ?? "1"}";
}
