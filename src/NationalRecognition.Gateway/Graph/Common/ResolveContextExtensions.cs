using GraphQL;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Calls;

namespace NationalRecognition.Gateway.Graph.Common;

internal static class ResolveContextExtensions
{
    /// <summary>The caller as the grains see them.</summary>
    public static Actor Actor(this IResolveFieldContext context) => CallerAccessor.ActorOf(context.User);

    public static PlatformClient Client(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<PlatformClient>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
