namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// The order of an application's statuses, so "the acknowledged status or a later one" can be checked:
/// submitted, then under review, then one of the final ones. Also their numbers in the read models (smallint).
/// </summary>
public static class ApplicationStatuses
{
    public const string Submitted = "SUBMITTED";
    public const string UnderReview = "UNDER_REVIEW";

    // The API's names in the order of the domain enum (its numbers are stored in application_listing.status).
    private static readonly string[] ByNumber = [Submitted, UnderReview, "RECOGNISED", "PARTLY_RECOGNISED", "NOT_RECOGNISED", "WITHDRAWN"];

    /// <summary>0 submitted, 1 under review, 2 decided or withdrawn.</summary>
    public static int Rank(string status) => status switch
    {
        Submitted => 0,
        UnderReview => 1,
        _ when ByNumber.Contains(status) => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an application status."),
    };

    /// <summary>The API name of a status number as the read models store it.</summary>
    public static string FromNumber(int number) =>
        number >= 0 && number < ByNumber.Length ? ByNumber[number] : $"unknown status {number}";
}
