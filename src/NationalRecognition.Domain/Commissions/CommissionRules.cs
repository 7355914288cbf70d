namespace NationalRecognition.Domain.Commissions;

internal static class CommissionRules
{
    /// <summary>Clause 11, repeated word for word by clauses 21 and 22.</summary>
    public const string Clause = "11";
}
