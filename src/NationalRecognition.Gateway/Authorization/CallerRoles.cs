using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>The role groups the schema's declarations share, named after what they are allowed to do.</summary>
public static class CallerRoles
{
    /// <summary>Everyone bound to an institution.</summary>
    public static readonly ActorRole[] InstitutionStaff = [.. ActorRoles.InstitutionStaff];

    /// <summary>Institution staff and administrators: an institution's listings and its Commission's queue.</summary>
    public static readonly ActorRole[] ListingReaders = [.. InstitutionStaff, ActorRole.PlatformAdministrator];

    /// <summary>Whoever may read some application: its learner, staff, administrators (the grains pick which).</summary>
    public static readonly ActorRole[] ApplicationReaders = [ActorRole.Learner, .. ListingReaders];

    /// <summary>Who may change an institution's profile, calendar and catalogue.</summary>
    public static readonly ActorRole[] CatalogueManagers = [ActorRole.Registrar, ActorRole.PlatformAdministrator];

    /// <summary>The Commission at work: review and comparisons.</summary>
    public static readonly ActorRole[] Reviewers = [ActorRole.CommissionChair, ActorRole.CommissionSecretary, ActorRole.CommissionMember];

    /// <summary>
    /// Who may record the Commission's decision: any member of the Commission; which one is the regulation's (clause 22
    /// leaves it to the institution), and the grains check it against the composition in force.
    /// </summary>
    public static readonly ActorRole[] Deciders = [ActorRole.CommissionChair, ActorRole.CommissionSecretary, ActorRole.CommissionMember];

    /// <summary>Who may correct the platform identities of the Commission's members: the head (own institution) and administrators.</summary>
    public static readonly ActorRole[] IdentityCorrectors = [ActorRole.Head, ActorRole.PlatformAdministrator];

    /// <summary>The registry of verified certificates: the labour-exchange feed and administrators.</summary>
    public static readonly ActorRole[] Registry = [ActorRole.ExchangeFeed, ActorRole.PlatformAdministrator];

    /// <summary>Whether the request's authenticated caller is the certificate feed or an administrator (the feed's larger limits).</summary>
    public static bool IsFeed(System.Security.Claims.ClaimsPrincipal user) =>
        Calls.CallerAccessor.ActorOf(user).Role is ActorRole.ExchangeFeed or ActorRole.PlatformAdministrator;

    /// <summary>National statistics: ministry analysts (the grains limit a ministry's analysts to its sector) and administrators.</summary>
    public static readonly ActorRole[] StatisticsReaders = [ActorRole.MinistryAnalyst, ActorRole.PlatformAdministrator];

    /// <summary>Audit logs: an institution's administrators (their own) and platform administrators (all).</summary>
    public static readonly ActorRole[] AuditReaders = [ActorRole.Head, ActorRole.Registrar, ActorRole.PlatformAdministrator];

    /// <summary>Who may grant and revoke roles: platform administrators (any), heads (their institution's registrar and Commission roles).</summary>
    public static readonly ActorRole[] RoleGrantors = [ActorRole.Head, ActorRole.PlatformAdministrator];

    /// <summary>Who may list the people holding roles at an institution: its head and registrar, platform administrators.</summary>
    public static readonly ActorRole[] RoleHolderReaders = [ActorRole.Head, ActorRole.Registrar, ActorRole.PlatformAdministrator];
}
