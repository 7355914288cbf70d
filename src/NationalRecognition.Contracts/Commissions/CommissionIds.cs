namespace NationalRecognition.Contracts.Commissions;

/// <summary>A Commission's grain key is its institution's BIN and a code the institution chooses.</summary>
public static class CommissionIds
{
    public const string DefaultCode = "main";

    public static string For(string institutionBin, string code = DefaultCode) => $"{institutionBin}/{code}";

    public static string InstitutionOf(string commissionId)
    {
        var slash = commissionId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? commissionId[..slash] : throw new ArgumentException($"'{commissionId}' is not a Commission id (BIN/code).", nameof(commissionId));
    }
}
