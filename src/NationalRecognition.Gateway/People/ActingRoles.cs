using NationalRecognition.Contracts.People;

namespace NationalRecognition.Gateway.People;

/// <summary>
/// Which role a person acts in for one request. They name it in the <see cref="HeaderName"/> header as a grant's
/// acting-as name ("Registrar:990840000347", "CommissionSecretary:990840000347/main", "MinistryAnalyst", "Learner").
/// Without the header a person acts as <see cref="Learner"/> when the provider asserted their IIN (the least a person
/// may do), else in their only grant; anyone holding more must say which, so nobody acts with more than they meant.
/// </summary>
public static class ActingRoles
{
    public const string HeaderName = "Acting-As";

    /// <summary>The acting-as name of the learner's own role, which needs no grant.</summary>
    public const string Learner = "Learner";

    /// <summary>Every acting-as name the person may use: the learner's when an IIN is asserted, then each grant's once.</summary>
    public static IReadOnlyList<string> Choices(IReadOnlyList<GrantedRole> grants, bool iinAsserted) =>
        (iinAsserted ? new[] { Learner } : []).Concat(grants.Select(g => g.ToGrant().ActingAs)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The choice a request acts in, or null for none; false when the header names a role the person does not hold.</summary>
    public static bool TryChoose(IReadOnlyList<string> choices, bool iinAsserted, string? header, out string? actingAs)
    {
        if (!string.IsNullOrEmpty(header))
        {
            actingAs = choices.FirstOrDefault(c => string.Equals(c, header, StringComparison.Ordinal));
            return actingAs is not null;
        }

        actingAs = iinAsserted ? Learner : choices.Count == 1 ? choices[0] : null;
        return true;
    }
}
