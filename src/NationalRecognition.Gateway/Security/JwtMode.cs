namespace NationalRecognition.Gateway.Security;

/// <summary>Where the keys that sign accepted tokens come from.</summary>
public enum JwtMode
{
    /// <summary>A local symmetric key (all-in-one local mode only); tokens minted by the <c>token</c> command.</summary>
    Local,

    /// <summary>The identity provider's JWKS, found through its OpenID Connect metadata.</summary>
    OpenIdConnect,
}
