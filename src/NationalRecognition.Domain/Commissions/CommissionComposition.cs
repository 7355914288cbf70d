using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// One composition of the Commission, fixed by one order. The organisation decides the composition (clause 22);
/// the software needs exactly one chair, because applications are addressed to the chair (clause 13).
/// </summary>
public sealed record CommissionComposition
{
    public CommissionComposition(CommissionOrder order, IEnumerable<CommissionMember> members, CommissionRegulation? regulation = null)
    {
        Order = order ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionComposition.orderRequired"), "Order", CommissionRules.Clause);
        var list = Guard.List(members, "Members");

        var chairs = list.Count(m => m.Role == CommissionRole.Chair);
        if (chairs != 1)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("commissionComposition.commissionNeedsExactly", ("chairs", chairs)),
                "Members",
                "13");
        }

        var duplicate = list.GroupBy(m => NameText.Normalise(m.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("commissionComposition.valueListedMore", ("name", duplicate.First().Name)),
                "Members",
                CommissionRules.Clause);
        }

        var sameIdentity = list.Where(m => m.SubjectId is not null).GroupBy(m => m.SubjectId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (sameIdentity is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("commissionComposition.twoMembersComposition", ("first", sameIdentity.First().Name), ("second", sameIdentity.Last().Name)),
                "Members",
                CommissionRules.Clause);
        }

        var deputies = list.Count(m => m.IsDeputyChair);
        if (deputies > 1 || list.Any(m => m.IsDeputyChair && m.Role == CommissionRole.Chair))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("commissionComposition.compositionNamesMost"),
                "Members",
                CommissionRules.RegulationClause);
        }

        Members = list;
        Chair = list.Single(m => m.Role == CommissionRole.Chair);
        Regulation = regulation ?? CommissionRegulation.Default;
    }

    public CommissionOrder Order { get; }

    public IReadOnlyList<CommissionMember> Members { get; }

    public CommissionMember Chair { get; }

    /// <summary>The regulation adopted with this composition (clause 22).</summary>
    public CommissionRegulation Regulation { get; }

    public CommissionMember? FindMember(string name) => Members.FirstOrDefault(m => m.IsSamePersonAs(name));

    /// <summary>The member whose platform identity is the caller's token subject, if any.</summary>
    public CommissionMember? FindCaller(string? subjectId) => Members.FirstOrDefault(m => m.IsCaller(subjectId));

    /// <summary>
    /// A regulation this composition cannot follow is refused with a new order, not discovered at the first decision:
    /// the role that signs the protocol must be held (without the recording role, the signer records), and the quorum
    /// must be reachable. Not applied to stored history, which was valid under the rules of its day.
    /// </summary>
    public void EnsureRegulationFits()
    {
        var regulation = Regulation;
        var members = Members;
        if (!members.Any(m => m.Role == regulation.SignedBy))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("commissionComposition.regulationValueSign", ("role", regulation.SignedBy.ToString().ToLowerInvariant())),
                "Regulation.SignedBy",
                CommissionRules.RegulationClause);
        }

        var required = regulation.Quorum.RequiredOf(members.Count);
        if (required > members.Count)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("commissionComposition.quorumValueNeeds", ("quorum", regulation.Quorum.Describe()), ("required", required), ("count", members.Count)),
                "Regulation.Quorum",
                CommissionRules.RegulationClause);
        }
    }
}
