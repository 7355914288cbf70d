using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// An RSA key made when the process starts and never stored: tokens die with the process. The JWKS exposes its
/// public half only (modulus and exponent).
/// </summary>
public sealed class SigningKey : IDisposable
{
    private const int KeySizeBits = 2048;
    private readonly RSA _rsa = RSA.Create(KeySizeBits);

    public SigningKey()
    {
        var publicKey = new RsaSecurityKey(_rsa.ExportParameters(includePrivateParameters: false));
        KeyId = Base64UrlEncoder.Encode(publicKey.ComputeJwkThumbprint());
        Credentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
    }

    public string KeyId { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>The JSON Web Key Set document: one RS256 signing key, public parameters only.</summary>
    public object JsonWebKeySet()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    use = "sig",
                    alg = SecurityAlgorithms.RsaSha256,
                    kid = KeyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus),
                    e = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        };
    }

    public void Dispose() => _rsa.Dispose();
}
