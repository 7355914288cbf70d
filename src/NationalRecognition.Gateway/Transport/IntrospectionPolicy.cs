using System.Security.Claims;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Who may introspect: nobody when <see cref="GraphQLEndpointOptions.EnableIntrospection"/> is off; otherwise every
/// authenticated caller, and anonymous callers as <see cref="GraphQLEndpointOptions.AnonymousIntrospection"/> says —
/// by default only in local mode and in Development, where GraphiQL introspects before anyone signs in.
/// </summary>
internal sealed class IntrospectionPolicy(IOptionsMonitor<GraphQLEndpointOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    private readonly bool anonymousByDefault = environment.IsDevelopment() || GatewaySecurityExtensions.IsLocalCluster(configuration);

    public bool Allows(ClaimsPrincipal? user)
    {
        var limits = options.CurrentValue;
        if (!limits.EnableIntrospection)
        {
            return false;
        }

        return user?.Identity?.IsAuthenticated == true || (limits.AnonymousIntrospection ?? anonymousByDefault);
    }
}
