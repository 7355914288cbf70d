using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// One composition of the Commission, fixed by one order. The organisation decides the composition (clause 22);
/// the software needs exactly one chair, because applications are addressed to the chair (clause 13).
/// </summary>
public sealed record CommissionComposition
{
    public CommissionComposition(CommissionOrder order, IEnumerable<CommissionMember> members)
    {
        Order = order ?? throw new DomainException(DomainErrorCode.Validation, "The order is required.", "Order", CommissionRules.Clause);
        var list = Guard.List(members, "Members");

        var chairs = list.Count(m => m.Role == CommissionRole.Chair);
        if (chairs != 1)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The Commission needs exactly one chair, since applications are addressed to the chair; the order names {chairs}.",
                "Members",
                "13");
        }

        var duplicate = list.GroupBy(m => NameText.Normalise(m.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"'{duplicate.First().Name}' is listed more than once in the composition.",
                "Members",
                CommissionRules.Clause);
        }

        Members = list;
        Chair = list.Single(m => m.Role == CommissionRole.Chair);
    }

    public CommissionOrder Order { get; }

    public IReadOnlyList<CommissionMember> Members { get; }

    public CommissionMember Chair { get; }

    public CommissionMember? FindMember(string name) => Members.FirstOrDefault(m => m.IsSamePersonAs(name));
}
