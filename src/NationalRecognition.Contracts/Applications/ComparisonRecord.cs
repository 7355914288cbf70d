using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Contracts.Applications;

/// <summary>A recorded clause-9 comparison with what the platform computed from it.</summary>
[GenerateSerializer, Immutable, Alias("nr.ComparisonRecord")]
public sealed record ComparisonRecord(
    [property: Id(0)] ComparisonAssessment Input,
    [property: Id(1)] decimal Coverage,
    [property: Id(2)] bool CoverageComplete,
    [property: Id(3)] decimal CertificateCredits,
    [property: Id(4)] decimal UnitCredits,
    [property: Id(5)] VolumeVerdict Volume,
    [property: Id(6)] string? ConvertedLetter,
    [property: Id(7)] decimal? ConvertedGpaPoints,
    [property: Id(8)] string Recommendation,
    [property: Id(9)] DateTimeOffset RecordedAt);
