namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// Listings are split by academic period so that each grain stays bounded: one Commission's or one
/// institution's applications for one period, one learner's applications.
/// </summary>
public static class ListingKeys
{
    public static string CommissionQueue(string commissionId, string academicPeriodId) => $"{commissionId}|{academicPeriodId}";

    public static string InstitutionPeriod(string institutionBin, string academicPeriodId) => $"{institutionBin}|{academicPeriodId}";
}
