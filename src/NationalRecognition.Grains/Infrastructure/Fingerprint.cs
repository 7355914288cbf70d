using System.Security.Cryptography;
using System.Text.Json;

namespace NationalRecognition.Grains.Infrastructure;

/// <summary>
/// A content hash of a command or record. Records holding lists compare lists by reference, so "is this
/// the same request again?" is answered by comparing fingerprints instead.
/// </summary>
internal static class Fingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Options)));
}
