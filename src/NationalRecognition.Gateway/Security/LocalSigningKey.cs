using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// The symmetric key of local mode: configured, or a random key kept in a file that only its owner can read,
/// so the gateway and the <c>token</c> command share it and no key is ever committed or well known.
/// </summary>
public static class LocalSigningKey
{
    private const int KeyBytes = 32;

    public static SymmetricSecurityKey Resolve(GatewayJwtOptions options)
    {
        var bytes = options.LocalSigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : ReadOrCreate(options.LocalKeyFile);
        if (bytes.Length < KeyBytes)
        {
            throw new InvalidOperationException($"The local signing key must be at least {KeyBytes} bytes (HMAC-SHA256).");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = "local" };
    }

    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the gateway or the token command) created it first: use theirs.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
