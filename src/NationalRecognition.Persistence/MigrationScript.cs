using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Persistence;

/// <summary>One versioned SQL script, e.g. <c>0002_orleans_storage.sql</c>.</summary>
/// <param name="Version">The number before the first underscore; scripts run in this order.</param>
/// <param name="Name">The rest of the file name, without the extension.</param>
/// <param name="Sql">The script text.</param>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the text with line endings normalised, so a checkout with CRLF still matches.</summary>
    /// <remarks>Computed from <see cref="Sql"/> on each read, so a copy made with <c>with</c> cannot keep a stale value.</remarks>
    public string Checksum => ComputeChecksum(Sql);

    private static string ComputeChecksum(string sql)
    {
        var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
