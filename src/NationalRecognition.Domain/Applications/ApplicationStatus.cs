namespace NationalRecognition.Domain.Applications;

public enum ApplicationStatus
{
    Submitted,
    UnderReview,
    Recognised,
    PartlyRecognised,
    NotRecognised,
    Withdrawn,
}
