using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Institutions;

[GenerateSerializer, Immutable, Alias("nr.InstitutionProfile")]
public sealed record InstitutionProfile(
    [property: Id(0)] string Bin,
    [property: Id(1)] InstitutionNames Names,
    [property: Id(2)] IReadOnlyList<InstitutionKind> Kinds,
    [property: Id(3)] Region Region,
    [property: Id(4)] IReadOnlyList<Ministry> Ministries,
    [property: Id(5)] RecognitionPolicy Policy,
    [property: Id(6)] string? ActiveCommissionId,
    [property: Id(7)] DateTimeOffset RegisteredAt);
