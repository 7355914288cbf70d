namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// A learner's application to the Commission (clause 13). <see cref="IdempotencyKey"/> is chosen by the
/// client: a retried submit with the same key reaches the same application and never creates another.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.SubmitApplication")]
public sealed record SubmitApplication(
    [property: Id(0)] string LearnerIin,
    [property: Id(1)] string LearnerName,
    [property: Id(2)] string InstitutionBin,
    [property: Id(3)] string ProgrammeCode,
    [property: Id(4)] string AcademicPeriodId,
    [property: Id(5)] IReadOnlyList<string> UnitCodes,
    [property: Id(6)] IReadOnlyList<ConfirmingDocumentInput> Documents,
    [property: Id(7)] string? AddressedTo,
    [property: Id(8)] string IdempotencyKey,
    [property: Id(9)] string? Statement = null);
