namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// Listings are split by academic period so that each grain stays bounded: one Commission's or one
/// institution's applications for one period, one learner's applications.
/// </summary>
public static class ListingKeys
{
    public static string CommissionQueue(string commissionId, string academicPeriodId) => $"{commissionId}|{academicPeriodId}";

    public static string InstitutionPeriod(string institutionBin, string academicPeriodId) => $"{institutionBin}|{academicPeriodId}";

    /// <summary>The owner part of a per-period listing key: the Commission id or the institution's BIN.</summary>
    public static string OwnerOf(string listingKey)
    {
        var bar = listingKey.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? listingKey[..bar] : throw new ArgumentException($"'{listingKey}' is not a per-period listing key (owner|period).", nameof(listingKey));
    }
}
