using GraphQL;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Calls;

namespace NationalRecognition.Gateway.Graph.Common;

internal static class ResolveContextExtensions
{
    /// <summary>The caller as the grains see them.</summary>
    public static Actor Actor(this IResolveFieldContext context) => CallerAccessor.ActorOf(context.User);

    /// <summary>The caller's identity provider (the token's issuer), which with the subject is their platform identity.</summary>
    public static string? Issuer(this IResolveFieldContext context) => context.User?.FindFirst(Security.ActorClaimTypes.Issuer)?.Value;

    public static PlatformClient Client(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<PlatformClient>();

    /// <summary>This gateway's copy of people's roles, cleared after a grant or revocation.</summary>
    public static Gateway.People.PlatformRolesCache RolesCache(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Gateway.People.PlatformRolesCache>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
