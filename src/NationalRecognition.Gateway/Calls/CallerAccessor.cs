using System.Security.Claims;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Calls;

/// <summary>
/// The one place where the request's identity becomes the <see cref="Actor"/> that travels with every grain
/// call. Claims: <c>sub</c> (subject), <c>role</c> (an <see cref="ActorRole"/> name), <c>bin</c> (institution
/// staff), <c>iin</c> (learners), <c>ministry</c> (analysts) — see <see cref="ActorClaimTypes"/>. No
/// authenticated identity → anonymous. The token's coherence is checked at authentication
/// (<see cref="ActorClaimsValidator"/>); the grains check what the actor may do.
/// </summary>
public static class CallerAccessor
{
    public static Actor Anonymous { get; } = new("anonymous", ActorRole.Anonymous);

    public static Actor ActorOf(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true })
        {
            return Anonymous;
        }

        var subject = Claim(user, ActorClaimTypes.Subject) ?? Claim(user, ClaimTypes.NameIdentifier);
        var roleText = Claim(user, ActorClaimTypes.Role) ?? Claim(user, ClaimTypes.Role);
        if (subject is null || !Enum.TryParse<ActorRole>(roleText, ignoreCase: true, out var role) || role == ActorRole.System)
        {
            return Anonymous;
        }

        Ministry? ministry = Enum.TryParse<Ministry>(Claim(user, ActorClaimTypes.Ministry), ignoreCase: true, out var parsed) ? parsed : null;
        return new Actor(subject, role, Claim(user, ActorClaimTypes.Bin), Claim(user, ActorClaimTypes.Iin), ministry);
    }

    private static string? Claim(ClaimsPrincipal user, string type) =>
        user.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}
