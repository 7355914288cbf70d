namespace NationalRecognition.Contracts.Certificates;

/// <summary>A grade as the certificate states it: percent, letter, points on a stated scale, or pass/fail.</summary>
[GenerateSerializer, Immutable, Alias("nr.GradeInfo")]
public sealed record GradeInfo(
    [property: Id(0)] GradeKind Kind,
    [property: Id(1)] decimal? Value = null,
    [property: Id(2)] decimal? ScaleMax = null,
    [property: Id(3)] string? Letter = null,
    [property: Id(4)] bool? Passed = null);
