namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The body of <c>POST /token</c>: the caller's claims, copied into the token as they are. Empty optional claims
/// are left out. The stand-in does not judge them — the gateway's ActorClaimsValidator does, so tests can also
/// mint tokens the gateway must refuse.
/// </summary>
public sealed record TokenRequest
{
    public string? Sub { get; init; }

    public string? Role { get; init; }

    public string? Bin { get; init; }

    public string? Iin { get; init; }

    public string? Ministry { get; init; }

    public int LifetimeMinutes { get; init; } = 60;
}
