using System.Security.Claims;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.People;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.People;

/// <summary>
/// For a person's token: reads their roles from the platform (<see cref="PlatformRolesCache"/>), picks the one this
/// request acts in (<see cref="ActingRoles"/>), and replaces the token's role claims (never honoured for people) with
/// that role's, so every later step — the field gates, the grains' <c>AccessPolicy</c>, the audit — sees the role the
/// platform granted. Tokens whose roles are honoured (machine clients, development issuers) pass untouched.
/// </summary>
public sealed class PersonRoleResolution(RoleClaimTrust trust, PlatformRolesCache roles) : IPersonRoleResolution
{
    private static readonly string[] TokenRoleClaims = [ActorClaimTypes.Role, ActorClaimTypes.Bin, ActorClaimTypes.Ministry];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true } || trust.Honours(user))
        {
            await next(context);
            return;
        }

        var iin = user.FindFirst(ActorClaimTypes.Iin)?.Value;
        var person = Person.SignedIn(user.FindFirst(ActorClaimTypes.Issuer)?.Value, user.FindFirst(ActorClaimTypes.Subject)?.Value, iin);
        var keys = new List<string> { PersonKeys.ForIdentity(person.Identity.Issuer, person.Identity.Subject) };
        if (person.Iin is { } asserted)
        {
            keys.Add(PersonKeys.ForIin(asserted.Value));
        }

        var held = await Task.WhenAll(keys.Select(roles.RolesOf));
        var grants = held.SelectMany(r => r.Grants).DistinctBy(g => g.ToGrant().ActingAs, StringComparer.Ordinal).ToList();
        var choices = ActingRoles.Choices(grants, person.Iin is not null);
        if (!ActingRoles.TryChoose(choices, person.Iin is not null, context.Request.Headers[ActingRoles.HeaderName].ToString(), out var actingAs))
        {
            await HttpErrorBody.WriteAsync(context, StatusCodes.Status403Forbidden, "FORBIDDEN",
                $"The {ActingRoles.HeaderName} header names a role you do not hold; ask for `me {{ actingAsChoices }}` to see yours.");
            return;
        }

        context.Features.Set(new SignedInPerson(person, grants, choices, actingAs));
        context.User = new ClaimsPrincipal(Acting(user, grants.FirstOrDefault(g => g.ToGrant().ActingAs == actingAs), actingAs));
        await next(context);
    }

    /// <summary>The token's identity without its role claims, with those of the role acted in (none: no role).</summary>
    private static ClaimsIdentity Acting(ClaimsPrincipal user, GrantedRole? grant, string? actingAs)
    {
        var identity = (ClaimsIdentity)user.Identity!;
        var claims = identity.Claims.Where(c => !TokenRoleClaims.Contains(c.Type)).ToList();
        if (actingAs == ActingRoles.Learner)
        {
            claims.Add(new Claim(ActorClaimTypes.Role, nameof(ActorRole.Learner)));
        }
        else if (grant is not null)
        {
            claims.Add(new Claim(ActorClaimTypes.Role, grant.Role.ToString()));
            AddIfSet(claims, ActorClaimTypes.Bin, grant.InstitutionBin);
            AddIfSet(claims, ActorClaimTypes.Ministry, grant.Ministry?.ToString());
        }

        return new ClaimsIdentity(claims, identity.AuthenticationType, ActorClaimTypes.Subject, ActorClaimTypes.Role);
    }

    private static void AddIfSet(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
