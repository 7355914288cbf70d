namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// The keys of the listing grains: one Commission's or one institution's applications for one period, one
/// learner's applications. The key names the tenant the listing belongs to.
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

    /// <summary>The academic period part of a per-period listing key.</summary>
    public static string PeriodOf(string listingKey)
    {
        var bar = listingKey.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && bar < listingKey.Length - 1
            ? listingKey[(bar + 1)..]
            : throw new ArgumentException($"'{listingKey}' is not a per-period listing key (owner|period).", nameof(listingKey));
    }
}
