namespace NationalRecognition.Domain.Applications;

/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum ApplicationStatus
{
    Submitted = 0,
    UnderReview = 1,
    Recognised = 2,
    PartlyRecognised = 3,
    NotRecognised = 4,
    Withdrawn = 5,
}
