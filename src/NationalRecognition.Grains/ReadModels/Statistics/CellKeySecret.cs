using System.Security.Cryptography;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// The secret the statistics' record keys are drawn from (docs/security.md, "Statistics"). Whoever holds it and the
/// stored rows can undo the perturbation, so it lives where the exact figures live: in the database (PostgreSQL mode),
/// or in the process (local mode). Changing it re-draws every key: the statistics projection must then be rebuilt.
/// </summary>
public sealed class CellKeySecret
{
    public const int MinimumBytes = 32;

    private readonly byte[] _bytes;

    public CellKeySecret(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < MinimumBytes)
        {
            throw new ArgumentException($"The cell-key secret must hold at least {MinimumBytes} bytes.", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>A fresh secret from the operating system's random source.</summary>
    public static CellKeySecret Random() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    internal byte[] Bytes => _bytes;
}
