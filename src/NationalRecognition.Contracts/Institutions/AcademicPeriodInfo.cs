namespace NationalRecognition.Contracts.Institutions;

/// <summary>One period of an institution's academic calendar; clause 13 is judged against its start.</summary>
[GenerateSerializer, Immutable, Alias("nr.AcademicPeriodInfo")]
public sealed record AcademicPeriodInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateOnly StartDate,
    [property: Id(3)] DateOnly? EndDate);
