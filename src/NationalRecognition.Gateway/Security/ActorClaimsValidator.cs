using System.Security.Claims;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// Checks that a signed token describes one coherent caller before any request runs with it. A token whose role claim
/// is honoured (<see cref="RoleClaimTrust"/>) carries exactly one role that a token may carry (never System or
/// Anonymous), staff bound to a valid BIN, learners to a valid IIN, analysts to a known ministry or none (national). A
/// person's token (roles held by the platform) needs a subject and, where the provider asserts an IIN, a valid one. A
/// token that fails is treated like a bad signature: 401.
/// </summary>
public static class ActorClaimsValidator
{
    /// <summary>Null when a person's token is coherent, else why not: a subject, and a valid IIN if it asserts one.</summary>
    public static string? PersonProblem(ClaimsPrincipal principal)
    {
        if (string.IsNullOrWhiteSpace(principal.FindFirst(ActorClaimTypes.Subject)?.Value))
        {
            return "The token has no subject.";
        }

        return principal.FindFirst(ActorClaimTypes.Iin)?.Value is { } iin && !Iin.TryParse(iin, out _, out _)
            ? "The IIN the token asserts is not valid."
            : null;
    }

    /// <summary>Null when the claims of a token whose role is honoured are coherent, else why not (safe to log: it names no value).</summary>
    public static string? Problem(ClaimsPrincipal principal)
    {
        if (string.IsNullOrWhiteSpace(principal.FindFirst(ActorClaimTypes.Subject)?.Value))
        {
            return "The token has no subject.";
        }

        var roles = principal.FindAll(ActorClaimTypes.Role).ToList();
        if (roles.Count != 1 || !Enum.TryParse<ActorRole>(roles[0].Value, ignoreCase: false, out var role)
            || !Enum.IsDefined(role) || int.TryParse(roles[0].Value, out _))
        {
            return "The token must carry exactly one known role.";
        }

        if (role is ActorRole.System or ActorRole.Anonymous)
        {
            return "This role is never granted by a token.";
        }

        var bin = principal.FindFirst(ActorClaimTypes.Bin)?.Value;
        var iin = principal.FindFirst(ActorClaimTypes.Iin)?.Value;
        var ministry = principal.FindFirst(ActorClaimTypes.Ministry)?.Value;
        if (ActorRoles.IsInstitutionStaff(role) && !Bin.TryParse(bin, out _, out _))
        {
            return "Institution staff tokens must carry a valid BIN.";
        }

        if (role == ActorRole.Learner && !Iin.TryParse(iin, out _, out _))
        {
            return "Learner tokens must carry a valid IIN.";
        }

        if (ministry is not null && (!Enum.TryParse<Ministry>(ministry, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed)
            || int.TryParse(ministry, out _)))
        {
            return "The ministry claim names no known ministry.";
        }

        return null;
    }
}
