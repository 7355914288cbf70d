namespace NationalRecognition.Domain.Applications;

/// <summary>
/// What a decision is judged against besides its content: the day the application was submitted, today (both
/// Kazakhstan dates), and the platform identity of the member who records it.
/// </summary>
public sealed record DecisionCircumstances(DateOnly SubmittedOn, DateOnly Today, string? RecordedBySubjectId);
