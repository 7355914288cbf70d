using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>
/// Who may resolve a field, declared on the field itself (<see cref="FieldAccessExtensions"/>). This is the
/// gateway's role gate only — the first of two depths; tenant boundaries (which BIN, which IIN) are the grains'
/// <c>AccessPolicy</c>, which sees the same <see cref="Actor"/>.
/// </summary>
public sealed class FieldAccess
{
    /// <summary>The metadata key under which a field keeps its declaration.</summary>
    public const string MetadataKey = "nr.access";

    private FieldAccess(bool allowsAnonymous, IReadOnlyList<ActorRole> roles)
    {
        AllowsAnonymous = allowsAnonymous;
        Roles = roles;
    }

    /// <summary>Everyone, with or without a token.</summary>
    public static FieldAccess Public { get; } = new(allowsAnonymous: true, []);

    /// <summary>True when the field is public.</summary>
    public bool AllowsAnonymous { get; }

    /// <summary>The roles allowed when the field is not public, in declaration order.</summary>
    public IReadOnlyList<ActorRole> Roles { get; }

    /// <summary>Only callers holding one of <paramref name="roles"/>.</summary>
    public static FieldAccess ForRoles(IEnumerable<ActorRole> roles)
    {
        var distinct = roles.Distinct().ToArray();
        if (distinct.Length == 0 || distinct.Contains(ActorRole.Anonymous) || distinct.Contains(ActorRole.System))
        {
            // Anonymous is declared with AllowAnonymous; System never holds a token, so naming it would be dead text.
            throw new ArgumentException("Name at least one role, and neither Anonymous nor System.", nameof(roles));
        }

        return new FieldAccess(allowsAnonymous: false, distinct);
    }

    /// <summary>Whether <paramref name="actor"/> passes the gate.</summary>
    public bool Permits(Actor actor) => AllowsAnonymous || Roles.Contains(actor.Role);

    /// <summary>"everyone" or the role names, for documentation and test messages.</summary>
    public override string ToString() => AllowsAnonymous ? "everyone" : string.Join(", ", Roles);
}
