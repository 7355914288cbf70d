using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Authorization;

/// <summary>
/// Who may do what, checked by the grains themselves so that a bug in the gateway cannot open another
/// tenant. Pure: every method either returns or throws <see cref="DomainErrorCode.Forbidden"/> with a
/// message that names the rule and never the data (no BIN, IIN, name or id). <see cref="ActorRole.System"/>
/// passes everything: only the platform's own code (reminders, seeding) holds it, never a token.
/// </summary>
/// <remarks>
/// Clause 22 leaves the Commission's regulation to the organisation: which member records the decision and who signs the
/// protocol is the regulation's (<c>RecordedBy</c>, <c>SignedBy</c>, the deputy chair in the chair's absence), not the
/// Rules'. So any Commission role of the institution passes here, and the domain then requires the caller to be the
/// member of the composition in force whom that composition's regulation has record or sign (<c>ApplicationDecision</c>).
/// </remarks>
public static class AccessPolicy
{
    /// <summary>Registering an institution and changing its profile, calendar or programmes.</summary>
    public static void ManageInstitution(Actor actor, string institutionBin) =>
        Require(IsAdministrator(actor) || IsStaffOf(actor, institutionBin, ActorRole.Registrar),
            Message.Of("access.manageInstitution"));

    /// <summary>Establishing or reconstituting a Commission (by the head's order).</summary>
    public static void ConstituteCommission(Actor actor, string institutionBin) =>
        Require(IsSystem(actor) || IsStaffOf(actor, institutionBin, ActorRole.Head),
            Message.Of("access.constituteCommission"));

    /// <summary>Submitting an application: only the learner themself, for their own IIN.</summary>
    public static void Submit(Actor actor, string learnerIin) =>
        Require(IsSystem(actor) || IsLearner(actor, learnerIin),
            Message.Of("access.submit"));

    /// <summary>Withdrawing an application: only its learner.</summary>
    public static void Withdraw(Actor actor, string learnerIin) =>
        Require(IsSystem(actor) || IsLearner(actor, learnerIin),
            Message.Of("access.withdraw"));

    /// <summary>Taking an application into review and recording comparisons: the Commission of its institution.</summary>
    public static void Review(Actor actor, string institutionBin) =>
        Require(IsSystem(actor) || IsStaffOf(actor, institutionBin, ActorRole.CommissionChair, ActorRole.CommissionSecretary, ActorRole.CommissionMember),
            Message.Of("access.review"));

    /// <summary>
    /// Recording the Commission's decision: a member of the institution's Commission (chair, secretary or member); which of
    /// them may is the regulation's, checked against the composition in force by the domain.
    /// </summary>
    public static void Decide(Actor actor, string institutionBin) =>
        Require(IsSystem(actor) || IsStaffOf(actor, institutionBin, ActorRole.CommissionChair, ActorRole.CommissionSecretary, ActorRole.CommissionMember),
            Message.Of("access.decide"));

    /// <summary>
    /// Correcting the platform identities of the Commission's members without a new order: the institution's head (who
    /// makes the orders) or a platform administrator (who runs the platform's accounts).
    /// </summary>
    public static void CorrectMemberIdentities(Actor actor, string institutionBin) =>
        Require(IsAdministrator(actor) || IsStaffOf(actor, institutionBin, ActorRole.Head),
            Message.Of("access.correctMemberIdentities"));

    /// <summary>
    /// Whether the caller's role may read any application at all: analysts, the feed and anonymous callers
    /// never may, so they are refused the same way whether or not the application exists.
    /// </summary>
    public static void ReadApplications(Actor actor) =>
        Require(IsAdministrator(actor) || actor.Role == ActorRole.Learner || IsStaffRole(actor.Role),
            Message.Of("access.readApplications"));

    /// <summary>Reading an application or its audit trail: its learner, staff of its institution, an administrator.</summary>
    public static void ReadApplication(Actor actor, string learnerIin, string institutionBin) =>
        Require(IsAdministrator(actor) || IsLearner(actor, learnerIin) || IsStaffOf(actor, institutionBin, ActorRoles.InstitutionStaff),
            Message.Of("access.readApplication"));

    /// <summary>An institution's listings and its Commission's queue: staff of that institution, an administrator.</summary>
    public static void ReadInstitutionListing(Actor actor, string institutionBin) =>
        Require(IsAdministrator(actor) || IsStaffOf(actor, institutionBin, ActorRoles.InstitutionStaff),
            Message.Of("access.readInstitutionListing"));

    /// <summary>A learner's own listing: that learner, an administrator.</summary>
    public static void ReadLearnerListing(Actor actor, string learnerKey) =>
        Require(IsAdministrator(actor) || (actor is { Role: ActorRole.Learner, Iin: { Length: > 0 } iin } && LearnerKeys.For(iin) == learnerKey),
            Message.Of("access.readLearnerListing"));

    /// <summary>Recording a certificate verified at its source: the labour exchange feed, an administrator.</summary>
    public static void RegisterCertificate(Actor actor) =>
        Require(IsAdministrator(actor) || actor.Role == ActorRole.ExchangeFeed,
            Message.Of("access.registerCertificate"));

    /// <summary>Publishing the exchange's list of in-demand professions: the feed, an administrator.</summary>
    public static void MaintainProfessionList(Actor actor) =>
        Require(IsAdministrator(actor) || actor.Role == ActorRole.ExchangeFeed,
            Message.Of("access.maintainProfessionList"));

    /// <summary>Reading a registry record (with its recognitions): the feed, an administrator.</summary>
    public static void ReadCertificate(Actor actor) =>
        Require(IsAdministrator(actor) || actor.Role == ActorRole.ExchangeFeed,
            Message.Of("access.readCertificate"));

    /// <summary>
    /// An audit log: an institution's administrators (head, registrar) read their own institution's;
    /// platform administrators read every scope, including <see cref="AuditScopes.Platform"/>.
    /// </summary>
    public static void ReadAudit(Actor actor, string scope) =>
        Require(IsAdministrator(actor)
                || (scope != AuditScopes.Platform && IsStaffOf(actor, scope, ActorRole.Head, ActorRole.Registrar)),
            Message.Of("access.readAudit"));

    /// <summary>Who holds roles at an institution: its head and registrar, and platform administrators.</summary>
    public static void ReadRoleHolders(Actor actor, string institutionBin) =>
        Require(IsAdministrator(actor) || IsStaffOf(actor, institutionBin, ActorRole.Head, ActorRole.Registrar),
            Message.Of("accessPolicy.readRoleHolders"));

    /// <summary>
    /// National statistics: ministry analysts and administrators. Returns the sector the caller is limited to: an
    /// analyst whose token names a ministry sees that ministry's sector only (asking for the other is refused); a
    /// national analyst (no ministry) and administrators see everything (null).
    /// </summary>
    public static Ministry? ReadStatistics(Actor actor, Ministry? askedFor)
    {
        Require(IsAdministrator(actor) || actor.Role == ActorRole.MinistryAnalyst,
            Message.Of("access.readStatistics"));
        if (actor.Role == ActorRole.MinistryAnalyst && actor.Ministry is { } own)
        {
            Require(askedFor is null || askedFor == own, Message.Of("access.ownMinistry"));
            return own;
        }

        return null;
    }

    private static bool IsSystem(Actor actor) => actor.Role == ActorRole.System;

    private static bool IsAdministrator(Actor actor) => actor.Role is ActorRole.System or ActorRole.PlatformAdministrator;

    private static bool IsStaffRole(ActorRole role) => ActorRoles.IsInstitutionStaff(role);

    private static bool IsLearner(Actor actor, string learnerIin) =>
        actor.Role == ActorRole.Learner
        && !string.IsNullOrEmpty(actor.Iin)
        && string.Equals(actor.Iin, learnerIin, StringComparison.Ordinal);

    private static bool IsStaffOf(Actor actor, string institutionBin, params IReadOnlyList<ActorRole> roles) =>
        roles.Contains(actor.Role)
        && !string.IsNullOrEmpty(actor.InstitutionBin)
        && string.Equals(actor.InstitutionBin, institutionBin, StringComparison.Ordinal);

    private static void Require(bool allowed, Message rule)
    {
        if (!allowed)
        {
            throw new DomainException(DomainErrorCode.Forbidden, rule);
        }
    }
}
