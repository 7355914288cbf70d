using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// The Commission's decision on a whole application: one decision per requested item, recorded in a protocol
/// of a quorate meeting of the composition in force on the protocol's date. The outcome follows from the items.
/// </summary>
public sealed record ApplicationDecision
{
    private ApplicationDecision(Protocol protocol, IReadOnlyList<DisciplineDecision> decisions, ApplicationStatus outcome)
    {
        Protocol = protocol;
        Decisions = decisions;
        Outcome = outcome;
    }

    public Protocol Protocol { get; }

    public IReadOnlyList<DisciplineDecision> Decisions { get; }

    public ApplicationStatus Outcome { get; }

    public static ApplicationDecision Create(
        IReadOnlyList<RequestedRecognition> requested,
        IEnumerable<DisciplineDecision> decisions,
        Protocol protocol,
        Commission commission,
        DecisionOptions options)
    {
        var list = Guard.List(decisions, "Decisions");
        EnsureEveryItemDecidedOnce(requested, list);
        EnsureQuorum(protocol, commission.CompositionOn(protocol.Date), options.Quorum);
        return new ApplicationDecision(protocol, list, OutcomeOf(list));
    }

    /// <summary>All recognised → recognised; none → not recognised; otherwise partly recognised.</summary>
    public static ApplicationStatus OutcomeOf(IReadOnlyCollection<DisciplineDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, "A decision needs at least one decided discipline or module.", "Decisions");
        }

        var recognised = decisions.Count(d => d is RecognisedDiscipline);
        return recognised == decisions.Count ? ApplicationStatus.Recognised
            : recognised == 0 ? ApplicationStatus.NotRecognised
            : ApplicationStatus.PartlyRecognised;
    }

    public static bool IsQuorate(Protocol protocol, CommissionComposition composition, QuorumRule rule)
    {
        var present = composition.Members.Count(m => protocol.MembersPresent.Any(m.IsSamePersonAs));
        var majority = present * 2 > composition.Members.Count;
        var chair = protocol.MembersPresent.Any(composition.Chair.IsSamePersonAs);
        return rule switch
        {
            QuorumRule.ChairOrMajority => chair || majority,
            QuorumRule.Majority => majority,
            QuorumRule.ChairAndMajority => chair && majority,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown quorum rule."),
        };
    }

    private static void EnsureEveryItemDecidedOnce(IReadOnlyList<RequestedRecognition> requested, IReadOnlyList<DisciplineDecision> decisions)
    {
        foreach (var decision in decisions)
        {
            if (!requested.Any(decision.Item.IsSameItemAs))
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    $"{decision.Item.Code} was not requested in this application.",
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
                        ? $"Every requested item needs a decision; {item.Code} has none."
                        : $"{item.Code} has {count} decisions; decide it once.",
                    "Decisions");
            }
        }
    }

    private static void EnsureQuorum(Protocol protocol, CommissionComposition composition, QuorumRule rule)
    {
        var strangers = protocol.MembersPresent.Where(name => composition.FindMember(name) is null).ToArray();
        if (strangers.Length > 0)
        {
            throw new DomainException(
                DomainErrorCode.Forbidden,
                $"{string.Join(", ", strangers)} is not a member of the Commission under order {composition.Order.Number} in force on {protocol.Date:yyyy-MM-dd}.",
                "Protocol.MembersPresent",
                "11");
        }

        if (!IsQuorate(protocol, composition, rule))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"Protocol {protocol.Number} cannot record a decision: the quorum rule '{rule}' is not met ({protocol.MembersPresent.Count} of {composition.Members.Count} members present; chair {composition.Chair.Name}).",
                "Protocol.MembersPresent");
        }
    }
}
