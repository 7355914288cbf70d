namespace NationalRecognition.Contracts.Privacy;

/// <summary>What a recorded read went through: the stored names of <see cref="PersonalDataRead.What"/>.</summary>
public static class PersonalDataReads
{
    /// <summary>An application's record (its learner's IIN, documents, decision).</summary>
    public const string Application = "application";

    /// <summary>An application's trail of events.</summary>
    public const string ApplicationTrail = "applicationTrail";

    /// <summary>A row of an institution's listing or a Commission's queue (the learner's IIN and the application's status).</summary>
    public const string Listing = "listing";

    /// <summary>A learner's own listing read by an administrator.</summary>
    public const string LearnerListing = "learnerListing";

    /// <summary>A certificate of the registry (holder's name and IIN).</summary>
    public const string Certificate = "certificate";

    /// <summary>The learner's record of reads, read by an administrator.</summary>
    public const string ReadRecords = "readRecords";
}
