using System.Security.Claims;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// Whether a token's own <c>role</c> claim says what its caller may do: for machine clients
/// (<see cref="GatewayJwtOptions.MachineClients"/>) and for tokens of development and test issuers (local mode's,
/// <see cref="GatewayJwtOptions.RoleClaimIssuers"/>). Everyone else is a person whose roles the platform holds: a national
/// identity provider confirms who a person is, never that they are a Commission's secretary.
/// </summary>
public sealed class RoleClaimTrust
{
    private readonly HashSet<string> _issuers;
    private readonly HashSet<string> _clients;

    public RoleClaimTrust(GatewayJwtOptions options)
    {
        _issuers = new HashSet<string>(options.RoleClaimIssuers.Select(i => i.TrimEnd('/')), StringComparer.Ordinal);
        if (options.EffectiveMode == JwtMode.Local)
        {
            _issuers.Add(options.EffectiveIssuer);
        }

        _clients = new HashSet<string>(options.MachineClients, StringComparer.Ordinal);
    }

    /// <summary>True when the token carries a role claim and its role is to be taken as it is.</summary>
    public bool Honours(ClaimsPrincipal principal) =>
        principal.FindFirst(ActorClaimTypes.Role) is not null && (IsMachineClient(principal) || IsRoleClaimIssuer(principal));

    private bool IsRoleClaimIssuer(ClaimsPrincipal principal) =>
        principal.FindFirst(ActorClaimTypes.Issuer)?.Value is { } issuer && _issuers.Contains(issuer.TrimEnd('/'));

    private bool IsMachineClient(ClaimsPrincipal principal) =>
        _clients.Count > 0
        && (principal.FindFirst(ActorClaimTypes.ClientId) ?? principal.FindFirst(ActorClaimTypes.AuthorizedParty))?.Value is { } client
        && _clients.Contains(client);
}
