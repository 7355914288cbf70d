namespace NationalRecognition.StandInIdentity;

/// <summary>The OpenID Connect discovery document: what the gateway's JWT bearer and sign-in handlers read.</summary>
public static class DiscoveryDocument
{
    public const string JwksPath = "/.well-known/jwks.json";

    private static readonly string[] ResponseTypes = ["code"];
    private static readonly string[] GrantTypes = ["authorization_code", "refresh_token"];
    private static readonly string[] ChallengeMethods = ["S256"];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] Claims = ["sub", "role", "bin", "iin", "ministry"];

    public static Dictionary<string, object> For(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = issuer + JwksPath,
        ["token_endpoint"] = issuer + "/token",
        ["authorization_endpoint"] = issuer + AuthorizeEndpoints.AuthorizePath,
        ["grant_types_supported"] = GrantTypes,
        ["code_challenge_methods_supported"] = ChallengeMethods,
        ["response_types_supported"] = ResponseTypes,
        ["subject_types_supported"] = SubjectTypes,
        ["id_token_signing_alg_values_supported"] = Algorithms,
        ["claims_supported"] = Claims,
    };
}
