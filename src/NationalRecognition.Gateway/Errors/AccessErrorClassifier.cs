using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Explains a refusal of the role gate so that the caller can act on it: without a token it is
/// <see cref="ErrorCodes.Unauthenticated"/> with <c>extensions.reason</c> <c>TOKEN_MISSING</c> (sign in); with one it
/// is <see cref="ErrorCodes.Forbidden"/>; both name the roles needed in the message and in <c>extensions.requiredRoles</c>
/// (the schema's <c>ActorRole</c> values).
/// </summary>
public sealed class AccessErrorClassifier : IErrorClassifier
{
    /// <summary>The reason of a refusal to a caller who sent no token.</summary>
    public const string TokenMissing = "TOKEN_MISSING";

    public ErrorClassification? Classify(Exception exception)
    {
        if (exception is not AccessRefusedException refusal)
        {
            return null;
        }

        var roles = refusal.RequiredRoles.Select(RoleName).ToArray();
        var list = string.Join(", ", roles);
        return !refusal.SignedIn
            ? new AccessErrorClassification(ErrorCodes.Unauthenticated, TokenMissing, roles,
                GatewayMessages.Text(roles.Length == 0 ? "access.noRole" : "access.signIn", ("roles", list)))
            : new AccessErrorClassification(ErrorCodes.Forbidden, null, roles,
                GatewayMessages.Text(roles.Length == 0 ? "access.noRole" : "access.roleNeeded", ("role", RoleName(refusal.CallerRole)), ("roles", list)));
    }

    /// <summary>A role as the schema's <c>ActorRole</c> enum names it, e.g. <c>COMMISSION_CHAIR</c>.</summary>
    public static string RoleName(ActorRole role) =>
        string.Concat(role.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private sealed record AccessErrorClassification(string Code, string? Reason, IReadOnlyList<string> RequiredRoles, string Message)
        : ErrorClassification(Code, Message)
    {
        public override void AddExtensions(IDictionary<string, object?> extensions)
        {
            ArgumentNullException.ThrowIfNull(extensions);
            if (Reason is not null)
            {
                extensions["reason"] = Reason;
            }

            extensions["requiredRoles"] = RequiredRoles;
        }
    }
}
