namespace NationalRecognition.Reference.Submissions;

/// <summary>The body of <c>POST /submit</c>: the platform's <c>SubmitApplicationInput</c>, field for field.</summary>
public sealed record SubmitInput(
    string? LearnerIin,
    string? LearnerName,
    string? InstitutionBin,
    string? ProgrammeCode,
    string? AcademicPeriodId,
    IReadOnlyList<string>? UnitCodes,
    IReadOnlyList<DocumentInput>? Documents,
    string? AddressedTo,
    string? IdempotencyKey,
    string? Statement = null);
