using GraphQL;
using GraphQL.Instrumentation;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>
/// The gateway's one enforcement point for <see cref="FieldAccess"/>: runs before every resolver. A root field
/// without a declaration is refused (fail closed); a nested field without one is as open as its parent. A refusal
/// is <see cref="DomainErrorCode.Forbidden"/> — the same code and shape the grains use — with a fixed message that
/// names no data, and the resolver (hence every grain call under it) never runs.
/// </summary>
public sealed class FieldAuthorizationMiddleware : IFieldMiddleware
{
    /// <summary>The message of every gateway refusal.</summary>
    public const string RefusalMessage = "The caller's role may not use this field.";

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
            throw new DomainException(DomainErrorCode.Forbidden, RefusalMessage);
        }

        return next(context);
    }
}
