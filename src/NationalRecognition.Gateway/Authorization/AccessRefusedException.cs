using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>
/// The gateway's role gate refused a field (<see cref="FieldAuthorizationMiddleware"/>): to a caller without a token,
/// because signing in may help (<c>UNAUTHENTICATED</c>); to a signed-in caller, because their role may not
/// (<c>FORBIDDEN</c>). Either way it names the roles the field needs, never any data.
/// </summary>
public sealed class AccessRefusedException : Exception
{
    public AccessRefusedException()
        : this(ActorRole.Anonymous, [])
    {
    }

    public AccessRefusedException(string message)
        : base(message)
    {
        RequiredRoles = [];
    }

    public AccessRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        RequiredRoles = [];
    }

    public AccessRefusedException(ActorRole callerRole, IReadOnlyList<ActorRole> requiredRoles, bool signedIn = false)
        : base($"The role {callerRole} may not use this field; it needs one of: {string.Join(", ", requiredRoles)}.")
    {
        CallerRole = callerRole;
        RequiredRoles = requiredRoles;
        SignedIn = signedIn || callerRole != ActorRole.Anonymous;
    }

    /// <summary>
    /// Whether the caller presented a valid token (or session): a signed-in person the platform holds no role for acts
    /// as <see cref="ActorRole.Anonymous"/> yet signing in again would not help them.
    /// </summary>
    public bool SignedIn { get; }

    /// <summary>The role the caller acted in (<see cref="ActorRole.Anonymous"/> without a token).</summary>
    public ActorRole CallerRole { get; }

    /// <summary>The roles that may use the field; empty for a root field no role may use (one without a declaration).</summary>
    public IReadOnlyList<ActorRole> RequiredRoles { get; }
}
