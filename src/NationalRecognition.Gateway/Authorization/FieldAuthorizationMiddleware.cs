using GraphQL;
using GraphQL.Instrumentation;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>
/// The gateway's one enforcement point for <see cref="FieldAccess"/>: runs before every resolver. A root field
/// without a declaration is refused (fail closed); a nested field without one is as open as its parent. A refusal
/// is an <see cref="AccessRefusedException"/> naming the roles the field needs and no data (UNAUTHENTICATED without a
/// token, FORBIDDEN with one: <see cref="Errors.AccessErrorClassifier"/>), and the resolver (hence every grain call under
/// it) never runs.
/// </summary>
public sealed class FieldAuthorizationMiddleware : IFieldMiddleware
{

    /// <inheritdoc />
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection is governed by the endpoint's own switch, not by roles.
            return next(context);
        }

        var access = field.Access();
        var isRoot = context.ParentType == context.Schema.Query || context.ParentType == context.Schema.Mutation;
        if (access is null ? isRoot : !access.Permits(context.Actor()))
        {
            throw new AccessRefusedException(context.Actor().Role, access?.Roles ?? [], context.User?.Identity?.IsAuthenticated == true);
        }

        return next(context);
    }
}
