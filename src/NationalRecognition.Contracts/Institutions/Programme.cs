using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>An educational programme of the institution's catalogue and its disciplines or modules.</summary>
[GenerateSerializer, Immutable, Alias("nr.Programme")]
public sealed record Programme(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] InstitutionKind Level,
    [property: Id(3)] IReadOnlyList<CurriculumUnit> Units);
