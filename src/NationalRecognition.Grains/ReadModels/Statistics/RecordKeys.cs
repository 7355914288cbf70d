using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Each counted record's random keys: HMAC-SHA256 of the record's identity under the <see cref="CellKeySecret"/>, one
/// byte per measure family, so each is uniform on 0–255 and independent of the others. Application ids derive from the
/// IIN and the idempotency key; without the secret the keys cannot be had from them. The same record always has the
/// same keys, so a cell that returns to an earlier state shows its earlier figure.
/// </summary>
public sealed class RecordKeys(CellKeySecret secret)
{
    public RecordKey OfApplication(Guid applicationId) => Of("application:" + applicationId.ToString("N"));

    public RecordKey OfRefusal(string recordId) => Of("refusal:" + recordId);

    private RecordKey Of(string record)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(secret.Bytes, Encoding.UTF8.GetBytes(record), hash);
        return new RecordKey(hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6]);
    }
}

/// <summary>One record's key (0–255) for each family of measures it can be counted in.</summary>
public readonly record struct RecordKey(byte Status, byte Decision, byte UnitsRecognised, byte UnitsRefused, byte Credits, byte Hours, byte Refusal);
