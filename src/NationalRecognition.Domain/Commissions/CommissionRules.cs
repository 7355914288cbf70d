namespace NationalRecognition.Domain.Commissions;

internal static class CommissionRules
{
    /// <summary>Clause 11, repeated word for word by clauses 21 and 22.</summary>
    public const string Clause = "11";

    /// <summary>Clause 22: the organisation sets the regulation on the Commission's work and its composition.</summary>
    public const string RegulationClause = "22";
}
