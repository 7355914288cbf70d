using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.People;

/// <summary>A person's session: a local token with a subject and no role, as the national provider issues them.</summary>
internal static class PersonSession
{
    public static string NewSubject() => $"person-{Guid.NewGuid():N}";

    public static ApiSession As(HttpClient client, string subject, string? iin = null, string? actingAs = null)
    {
        var token = new LocalTokenIssuer(new GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey }, TimeProvider.System)
            .Issue(subject, null, TimeSpan.FromHours(1), iin: iin);
        return new ApiSession(client, token, actingAs);
    }
}
