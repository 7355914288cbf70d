using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// <c>NationalRecognition.Gateway session-keys --directory DIR [--days 90]</c>: adds a new session key to the key ring in
/// DIR (one XML file per key), active from now and expiring after the given days. The files go into the Kubernetes
/// Secret every gateway mounts (docs/deployment.md, "Session keys"); old keys stay so that running sessions still read.
/// </summary>
public static class SessionKeysCommand
{
    public const string Name = "session-keys";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var directory = Value(args, "--directory");
        var daysText = Value(args, "--days") ?? "90";
        if (directory is null || !int.TryParse(daysText, System.Globalization.CultureInfo.InvariantCulture, out var days) || days < 1)
        {
            error.WriteLine("Usage: session-keys --directory <folder of the key ring> [--days <lifetime, default 90>]");
            return 64;
        }

        Directory.CreateDirectory(directory);
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(SessionKeyRing.ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(directory)).DisableAutomaticKeyGeneration();
        using var provider = services.BuildServiceProvider();
        var now = DateTimeOffset.UtcNow;
        var key = provider.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(days));
        output.WriteLine($"Added session key {key.KeyId} (expires {key.ExpirationDate:yyyy-MM-dd}) to {Path.GetFullPath(directory)}");
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
