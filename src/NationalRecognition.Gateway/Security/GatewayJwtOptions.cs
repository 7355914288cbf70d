namespace NationalRecognition.Gateway.Security;

/// <summary>Token validation, bound from "Authentication:Jwt" (e.g. <c>Authentication__Jwt__Authority=https://idp…</c>).</summary>
public sealed class GatewayJwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>Local or OpenIdConnect; when not set, OpenIdConnect if an <see cref="Authority"/> is configured, else Local.</summary>
    public JwtMode? Mode { get; set; }

    /// <summary>The OpenID Connect provider (its metadata and JWKS are fetched from here); required in OpenIdConnect mode.</summary>
    public string? Authority { get; set; }

    /// <summary>Explicit metadata address, when it is not under <see cref="Authority"/>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Off only for a provider on plain HTTP in a test environment.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The accepted issuer; in OpenIdConnect mode it defaults to the provider's metadata.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience the tokens must be issued for.</summary>
    public string Audience { get; set; } = "national-recognition";

    /// <summary>Base64 of the local symmetric key (at least 32 bytes); when not set, <see cref="LocalKeyFile"/> is used.</summary>
    public string? LocalSigningKey { get; set; }

    /// <summary>Where the local key is kept (created on first use, readable by the owner only).</summary>
    public string LocalKeyFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "national-recognition", "local-jwt.key");

    /// <summary>Tolerance for clock differences between the provider and the gateway.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many tokens found valid are remembered (the exact token string, until its expiry), so that a client's
    /// repeated requests skip signature checking; 0 checks every request in full.
    /// </summary>
    public int ValidatedTokenCacheSize { get; set; } = 50_000;

    /// <summary>Longest a remembered token is honoured without checking it again (a withdrawn signing key stops
    /// being honoured within this time).</summary>
    public TimeSpan ValidatedTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Issuers whose <c>role</c> claims are honoured for people: a development or test provider that mints role tokens
    /// (the stand-in provider of the PostgreSQL-mode tests). Local mode's own issuer is always one. Leave empty for the
    /// national provider: people's roles are then the platform's grants (ADR "People and roles held by the platform").
    /// </summary>
    public List<string> RoleClaimIssuers { get; set; } = [];

    /// <summary>
    /// Machine clients (the labour exchange, institutions' systems) by their OAuth client id, as the token's
    /// <c>client_id</c> (RFC 9068) or <c>azp</c> claim names it: their tokens keep the roles they carry.
    /// </summary>
    public List<string> MachineClients { get; set; } = [];

    /// <summary>How long a person's roles read from the platform are reused before they are read again (grants and
    /// revocations made through a gateway clear that gateway's copy at once; other gateways see them within this time).</summary>
    public TimeSpan PlatformRolesLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The issuer local tokens carry when <see cref="Issuer"/> is not set.</summary>
    public const string LocalIssuer = "national-recognition-local";

    public JwtMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(Authority) ? JwtMode.Local : JwtMode.OpenIdConnect);

    public string EffectiveIssuer => Issuer ?? LocalIssuer;
}
