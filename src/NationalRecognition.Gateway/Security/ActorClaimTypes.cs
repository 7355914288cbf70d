namespace NationalRecognition.Gateway.Security;

/// <summary>
/// The claim names the gateway reads from a validated token (kept as the provider sends them: inbound claim
/// mapping is off). The caller accessor builds the grains' <c>Actor</c> from exactly these.
/// </summary>
public static class ActorClaimTypes
{
    public const string Subject = "sub";

    /// <summary>One <see cref="Contracts.Common.ActorRole"/> name, e.g. "CommissionChair".</summary>
    public const string Role = "role";

    /// <summary>The institution's BIN, for institution staff.</summary>
    public const string Bin = "bin";

    /// <summary>The learner's IIN.</summary>
    public const string Iin = "iin";

    /// <summary>A <see cref="Domain.Institutions.Ministry"/> name, for analysts bound to one ministry; absent = national.</summary>
    public const string Ministry = "ministry";

    /// <summary>The token's issuer: with the subject, the person's platform identity.</summary>
    public const string Issuer = "iss";

    /// <summary>The OAuth client a token was issued to (RFC 9068); machine clients are recognised by it.</summary>
    public const string ClientId = "client_id";

    /// <summary>The authorized party (OpenID Connect): the client id where a provider sends no <see cref="ClientId"/>.</summary>
    public const string AuthorizedParty = "azp";
}
