using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>What an application needs from its institution at submission, read in one call.</summary>
[GenerateSerializer, Immutable, Alias("nr.SubmissionContext")]
public sealed record SubmissionContext(
    [property: Id(0)] string InstitutionBin,
    [property: Id(1)] IReadOnlyList<InstitutionKind> Kinds,
    [property: Id(2)] Region Region,
    [property: Id(3)] string? ActiveCommissionId,
    [property: Id(4)] AcademicPeriodInfo Period,
    [property: Id(5)] Programme Programme,
    [property: Id(6)] IReadOnlyList<CurriculumUnit> RequestedUnits,
    [property: Id(7)] RecognitionPolicy Policy,
    [property: Id(8)] IReadOnlyList<AcademicPeriodInfo>? UnitPeriods = null);
