namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The stand-in's base URL, which is also its issuer: known only once the server has bound (the port may be 0).
/// Set by <see cref="StandInIdentityApp"/> when the application has started.
/// </summary>
public sealed class IssuerAddress
{
    private string? _value;

    public string Value => _value ?? throw new InvalidOperationException("The stand-in identity provider has not started yet.");

    internal void Set(string value) => _value = value.TrimEnd('/');
}
