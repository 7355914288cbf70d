namespace NationalRecognition.Reference.Submissions;

/// <summary>A submission that passed every check: what is written.</summary>
public sealed record ValidatedSubmission(
    string LearnerIin,
    string IdempotencyKey,
    string InstitutionBin,
    string CommissionId,
    string PeriodId,
    string RuleVersionId,
    string Details);
