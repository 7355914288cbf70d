namespace NationalRecognition.Contracts.Certificates;

/// <summary>A course, discipline or module of the certificate's appendix (clause 10): volume and grade.</summary>
[GenerateSerializer, Immutable, Alias("nr.AppendixEntryInfo")]
public sealed record AppendixEntryInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] decimal? Credits,
    [property: Id(2)] decimal? Hours,
    [property: Id(3)] GradeInfo? Grade);
