namespace NationalRecognition.Gateway.WebApp;

/// <summary>One file of the built web application, with its precompressed copies when the build made them.</summary>
public sealed record WebAppAsset(string Name, string ContentType, byte[] Content, byte[]? Brotli, byte[]? Gzip, string ETag)
{
    /// <summary>Whether the name carries the content's hash (the build's <c>name-HASH.ext</c>): such a file never changes.</summary>
    public bool Fingerprinted => Name != WebAppEndpoints.IndexName;
}
