using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// The Commission for the recognition of learning outcomes of non-formal education (clauses 11, 21, 22). It exists
/// from the date of the order that established it; every reconstitution adds a composition and keeps the history.
/// Immutable: each change returns a new instance, so a grain can keep the compositions as its state.
/// </summary>
public sealed class Commission
{
    private readonly CommissionComposition[] _history;

    private Commission(CommissionComposition[] history)
    {
        _history = history;
    }

    /// <summary>Compositions in order, the establishing one first.</summary>
    public IReadOnlyList<CommissionComposition> History => _history;

    /// <summary>The latest composition recorded, which may be dated in the future; see <see cref="InForceOn"/> for a day's.</summary>
    public CommissionComposition LatestComposition => _history[^1];

    public DateOnly EstablishedOn => _history[0].Order.Date;

    public static Commission Establish(CommissionOrder order, IEnumerable<CommissionMember> members, CommissionRegulation? regulation = null)
    {
        var composition = new CommissionComposition(order, members, regulation);
        composition.EnsureRegulationFits();
        return new([composition]);
    }

    /// <summary>Rebuilds the aggregate from stored compositions, re-checking the reconstitution rules.</summary>
    public static Commission FromHistory(IEnumerable<CommissionComposition> history)
    {
        var list = Guard.List(history, "History");
        if (list.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("commission.commissionLeastEstablishing"), "History");
        }

        var commission = new Commission([list[0]]);
        foreach (var composition in list.Skip(1))
        {
            commission = commission.Reconstitute(composition);
        }

        return commission;
    }

    /// <summary>A new composition by a new order dated on or after the current one.</summary>
    public Commission Reconstitute(CommissionOrder order, IEnumerable<CommissionMember> members, CommissionRegulation? regulation = null)
    {
        var composition = new CommissionComposition(order, members, regulation);
        composition.EnsureRegulationFits();
        return Reconstitute(composition);
    }

    /// <summary>
    /// The same history with the platform identities of members of one composition corrected: a record of which sign-in
    /// account is whose, not a legal act. The order, its members, their roles and positions and the regulation stay as the
    /// order made them, so no new order is needed (clause 22); only members named in that order can be given one.
    /// </summary>
    public Commission CorrectIdentities(string orderNumber, IReadOnlyCollection<IdentityCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var index = Array.FindIndex(_history, c => NameText.Same(c.Order.Number, orderNumber));
        if (index < 0)
        {
            throw new DomainException(DomainErrorCode.NotFound, Message.Of("commission.compositionCommissionWas", ("orderNumber", orderNumber)), "OrderNumber", CommissionRules.RegulationClause);
        }

        if (corrections.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("commission.nameLeastOne"), "Members", CommissionRules.RegulationClause);
        }

        var composition = _history[index];
        var members = composition.Members.ToArray();
        var corrected = new HashSet<int>();
        foreach (var correction in corrections)
        {
            var at = Array.FindIndex(members, m => m.IsSamePersonAs(correction.MemberName));
            if (at < 0)
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    Message.Of("commission.memberNameNamedOrder", ("memberName", correction.MemberName), ("number", composition.Order.Number)),
                    "Members",
                    CommissionRules.RegulationClause);
            }

            if (!corrected.Add(at))
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("commission.memberNameNamedMore", ("memberName", correction.MemberName)), "Members", CommissionRules.RegulationClause);
            }

            var member = members[at];
            members[at] = new CommissionMember(member.Name, member.Position, member.Role, correction.SubjectId) { IsDeputyChair = member.IsDeputyChair };
        }

        var history = _history.ToArray();
        history[index] = new CommissionComposition(composition.Order, members, composition.Regulation);
        return new Commission(history);
    }

    public bool ExistsOn(DateOnly date) => date >= EstablishedOn;

    /// <summary>The composition in force on a date, or null before the Commission exists (a future order is not in force).</summary>
    public CommissionComposition? InForceOn(DateOnly date) => _history.LastOrDefault(c => c.Order.Date <= date);

    /// <summary>The composition in force on a date: the latest order dated on or before it.</summary>
    public CommissionComposition CompositionOn(DateOnly date) =>
        _history.LastOrDefault(c => c.Order.Date <= date)
        ?? throw new DomainException(
            DomainErrorCode.RuleViolation,
            Message.Of("commission.commissionDidExist", ("date", date), ("number", _history[0].Order.Number), ("establishedOn", EstablishedOn)),
            "Date",
            CommissionRules.Clause);

    private Commission Reconstitute(CommissionComposition composition)
    {
        var current = LatestComposition.Order;
        if (composition.Order.Date < current.Date)
        {
            throw new DomainException(
                DomainErrorCode.Conflict,
                Message.Of("commission.reconstitutionOrderDated", ("number", current.Number), ("date", current.Date), ("date2", composition.Order.Date)),
                "Order.Date",
                CommissionRules.Clause);
        }

        if (_history.Any(c => NameText.Same(c.Order.Number, composition.Order.Number)))
        {
            throw new DomainException(
                DomainErrorCode.Conflict,
                Message.Of("commission.orderNumberNumber", ("number", composition.Order.Number)),
                "Order.Number",
                CommissionRules.Clause);
        }

        return new Commission([.. _history, composition]);
    }
}
