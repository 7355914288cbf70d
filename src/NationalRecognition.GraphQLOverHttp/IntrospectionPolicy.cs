using System.Security.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Who may introspect: nobody when <see cref="GraphQLEndpointOptions.EnableIntrospection"/> is off; otherwise every
/// authenticated caller, and anonymous callers as <see cref="GraphQLEndpointOptions.AnonymousIntrospection"/> says —
/// when unset, only in Development, where GraphiQL introspects before anyone signs in.
/// </summary>
internal sealed class IntrospectionPolicy(IOptionsMonitor<GraphQLEndpointOptions> options, IHostEnvironment environment)
{
    private readonly bool _anonymousByDefault = environment.IsDevelopment();

    public bool Allows(ClaimsPrincipal? user)
    {
        var limits = options.CurrentValue;
        if (!limits.EnableIntrospection)
        {
            return false;
        }

        return user?.Identity?.IsAuthenticated == true || (limits.AnonymousIntrospection ?? _anonymousByDefault);
    }
}
