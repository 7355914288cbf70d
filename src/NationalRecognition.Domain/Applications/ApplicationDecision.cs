using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// The Commission's decision on a whole application: one decision per requested item, recorded in a protocol
/// of a quorate meeting of the composition in force on the protocol's date. The outcome follows from the items.
/// </summary>
public sealed record ApplicationDecision
{
    /// <summary>Clause 22: the organisation sets the Commission's regulation.</summary>
    private const string CommissionRulesClause = "22";

    private ApplicationDecision(Protocol protocol, IReadOnlyList<DisciplineDecision> decisions, ApplicationStatus outcome)
    {
        Protocol = protocol;
        Decisions = decisions;
        Outcome = outcome;
    }

    public Protocol Protocol { get; }

    public IReadOnlyList<DisciplineDecision> Decisions { get; }

    public ApplicationStatus Outcome { get; }

    /// <summary>
    /// The decision as the protocol records it: every requested item decided once, the protocol dated between the
    /// submission and today, recorded by a member of the composition in force on the protocol's date under that
    /// composition's regulation (clause 22), at a quorate meeting.
    /// </summary>
    public static ApplicationDecision Create(
        IReadOnlyList<RequestedRecognition> requested,
        IEnumerable<DisciplineDecision> decisions,
        Protocol protocol,
        Commission commission,
        DecisionCircumstances circumstances)
    {
        var list = Guard.List(decisions, "Decisions");
        EnsureEveryItemDecidedOnce(requested, list);
        EnsureProtocolDate(protocol, circumstances);
        var composition = commission.CompositionOn(protocol.Date);
        EnsureRecordedByMember(protocol, composition, circumstances.RecordedBySubjectId);
        EnsureQuorum(protocol, composition);
        return new ApplicationDecision(protocol, list, OutcomeOf(list));
    }

    /// <summary>All recognised → recognised; none → not recognised; otherwise partly recognised.</summary>
    public static ApplicationStatus OutcomeOf(IReadOnlyCollection<DisciplineDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("applicationDecision.decisionNeedsLeast"), "Decisions");
        }

        var recognised = decisions.Count(d => d is RecognisedDiscipline);
        return recognised == decisions.Count ? ApplicationStatus.Recognised
            : recognised == 0 ? ApplicationStatus.NotRecognised
            : ApplicationStatus.PartlyRecognised;
    }

    /// <summary>Whether the members present make the quorum of the composition's regulation.</summary>
    public static bool IsQuorate(Protocol protocol, CommissionComposition composition) =>
        PresentMembers(protocol, composition).Count >= composition.Regulation.Quorum.RequiredOf(composition.Members.Count);

    private static List<CommissionMember> PresentMembers(Protocol protocol, CommissionComposition composition) =>
        composition.Members.Where(m => protocol.MembersPresent.Any(m.IsSamePersonAs)).ToList();

    /// <summary>
    /// A protocol cannot record a meeting before the application existed, nor one that has not happened yet
    /// (both judged as Kazakhstan dates).
    /// </summary>
    private static void EnsureProtocolDate(Protocol protocol, DecisionCircumstances circumstances)
    {
        if (protocol.Date < circumstances.SubmittedOn)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationDecision.protocolNumberDated", ("number", protocol.Number), ("date", protocol.Date), ("submittedOn", circumstances.SubmittedOn)),
                "Protocol.Date",
                CommissionRulesClause);
        }

        if (protocol.Date > circumstances.Today)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationDecision.protocolNumberDated2", ("number", protocol.Number), ("date", protocol.Date), ("today", circumstances.Today)),
                "Protocol.Date",
                CommissionRulesClause);
        }
    }

    /// <summary>
    /// The caller must be the member of that composition whom the regulation has record or sign the protocol, matched
    /// by the identity the head recorded with the composition. Null is the platform's own code, never a token.
    /// </summary>
    private static void EnsureRecordedByMember(Protocol protocol, CommissionComposition composition, string? subjectId)
    {
        if (subjectId is null)
        {
            return;
        }

        var regulation = composition.Regulation;
        var member = composition.FindCaller(subjectId)
            ?? throw new DomainException(
                DomainErrorCode.Forbidden,
                Message.Of("applicationDecision.onlyMemberCommission", ("number", composition.Order.Number), ("date", protocol.Date)),
                "Protocol",
                CommissionRulesClause);
        if (member.Role != regulation.RecordedBy && member.Role != regulation.SignedBy && !SignsForTheChair(member, protocol, composition))
        {
            throw new DomainException(
                DomainErrorCode.Forbidden,
                Message.Of("applicationDecision.commissionRegulationValue", ("recordedBy", Describe(regulation.RecordedBy)), ("signedBy", Describe(regulation.SignedBy)), ("name", member.Name), ("role", Describe(member.Role))),
                "Protocol",
                CommissionRulesClause);
        }
    }

    private static void EnsureEveryItemDecidedOnce(IReadOnlyList<RequestedRecognition> requested, IReadOnlyList<DisciplineDecision> decisions)
    {
        foreach (var decision in decisions)
        {
            if (!requested.Any(decision.Item.IsSameItemAs))
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    Message.Of("applicationDecision.codeWasRequested", ("code", decision.Item.Code)),
                    "Decisions");
            }
        }

        foreach (var item in requested)
        {
            var count = decisions.Count(d => d.Item.IsSameItemAs(item));
            if (count != 1)
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    count == 0
                        ? Message.Of("applicationDecision.itemUndecided", ("code", item.Code))
                        : Message.Of("applicationDecision.itemDecidedTwice", ("code", item.Code), ("count", count)),
                    "Decisions");
            }
        }
    }

    private static void EnsureQuorum(Protocol protocol, CommissionComposition composition)
    {
        var strangers = protocol.MembersPresent.Where(name => composition.FindMember(name) is null).ToArray();
        if (strangers.Length > 0)
        {
            throw new DomainException(
                DomainErrorCode.Forbidden,
                Message.Of("applicationDecision.valueMemberCommission", ("names", string.Join(", ", strangers)), ("number", composition.Order.Number), ("date", protocol.Date)),
                "Protocol.MembersPresent",
                "11");
        }

        var regulation = composition.Regulation;
        var present = PresentMembers(protocol, composition);
        var required = regulation.Quorum.RequiredOf(composition.Members.Count);
        if (present.Count < required)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationDecision.protocolNumberCannot", ("number", protocol.Number), ("quorum", regulation.Quorum.Describe()), ("required", required), ("count", composition.Members.Count), ("count2", present.Count)),
                "Protocol.MembersPresent",
                CommissionRulesClause);
        }

        if (!present.Any(m => m.Role == regulation.SignedBy || SignsForTheChair(m, protocol, composition)))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationDecision.protocolNumberSigned", ("number", protocol.Number), ("signedBy", Describe(regulation.SignedBy))),
                "Protocol.MembersPresent",
                CommissionRulesClause);
        }

        if (regulation.VotesRecorded)
        {
            var votes = protocol.Votes ?? throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationDecision.commissionRegulationProtocol"),
                "Protocol.Votes",
                CommissionRulesClause);
            if (votes.Cast != present.Count)
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    Message.Of("applicationDecision.protocolRecordsCast", ("cast", votes.Cast), ("count", present.Count)),
                    "Protocol.Votes",
                    CommissionRulesClause);
            }

            EnsureCarried(protocol, votes, regulation.Majority);
        }
    }

    /// <summary>
    /// The votes are on the decision as the protocol records it: it stands only with the regulation's majority in
    /// favour. A vote that went against leaves nothing to record but the decision the Commission did carry.
    /// </summary>
    private static void EnsureCarried(Protocol protocol, ProtocolVotes votes, VoteMajority majority)
    {
        if (majority.IsCarriedBy(votes))
        {
            return;
        }

        var why = majority.ChairHasCastingVote && majority.IsExactHalf(votes) && votes.ChairVotedInFavour is null
            ? "the votes stand at exactly half, so the chair's vote decides: state how the chair voted"
            : $"{votes.InFavour} in favour, {votes.Against} against and {votes.Abstained} abstaining do not make {majority.Describe()}";
        throw new DomainException(
            DomainErrorCode.RuleViolation,
            Message.Of("applicationDecision.protocolNumberCannot2", ("number", protocol.Number), ("why", why)),
            "Protocol.Votes",
            CommissionRulesClause);
    }

    /// <summary>
    /// The deputy chair signs in the chair's place when the chair signs, the regulation allows it and the chair is not
    /// among those present (clause 22: the regulation is the organisation's).
    /// </summary>
    private static bool SignsForTheChair(CommissionMember member, Protocol protocol, CommissionComposition composition) =>
        member.IsDeputyChair
        && composition.Regulation.SignedBy == CommissionRole.Chair
        && composition.Regulation.DeputySignsInChairsAbsence
        && !protocol.MembersPresent.Any(composition.Chair.IsSamePersonAs);

    private static string Describe(CommissionRole role) => role.ToString().ToLowerInvariant();
}
