using Microsoft.AspNetCore.DataProtection;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// The Data Protection key ring that encrypts session cookies and antiforgery tokens. Every gateway replica must read the
/// same keys, or a session started on one is refused by the next: outside local mode the keys live in
/// <see cref="BrowserSessionOptions.KeyRingDirectory"/> (in Kubernetes the Secret <c>recognition-session-keys</c>, mounted
/// read-only; ADR "browser sessions"), and the gateways never add keys themselves unless told to.
/// </summary>
public static class SessionKeyRing
{
    public const string ApplicationName = "national-recognition-gateway";

    public static IServiceCollection AddSessionKeyRing(this IServiceCollection services, BrowserSessionOptions options, bool localMode)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (options.KeyRingDirectory is { Length: > 0 } directory)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(directory));
            if (!options.GenerateKeys)
            {
                dataProtection.DisableAutomaticKeyGeneration();
            }
        }
        else if (!localMode)
        {
            throw new InvalidOperationException(
                $"{BrowserSessionOptions.SectionName}:KeyRingDirectory isn't configured: every gateway replica must read the same " +
                "session keys (in Kubernetes, mount the Secret recognition-session-keys there; docs/deployment.md).");
        }

        return services;
    }
}
