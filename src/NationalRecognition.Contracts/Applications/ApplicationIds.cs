using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// An application's id is derived from the learner and the client's idempotency key (a name-based UUID),
/// so every retry of one submission lands on one grain without a shared index.
/// </summary>
public static class ApplicationIds
{
    public static Guid FromIdempotencyKey(string learnerIin, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"nr-application\n{learnerIin}\n{idempotencyKey}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5-style (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
