using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>Registers (or updates) an institution's profile; the ministry follows from its kinds.</summary>
[GenerateSerializer, Immutable, Alias("nr.RegisterInstitution")]
public sealed record RegisterInstitution(
    [property: Id(0)] InstitutionNames Names,
    [property: Id(1)] IReadOnlyList<InstitutionKind> Kinds,
    [property: Id(2)] Region Region,
    [property: Id(3)] RecognitionPolicy? Policy = null);
