namespace NationalRecognition.Contracts.Certificates;

/// <summary>What a certificate of professional qualification adds: profession, level 1–8, the accredited centre.</summary>
[GenerateSerializer, Immutable, Alias("nr.ProfessionalQualificationInfo")]
public sealed record ProfessionalQualificationInfo(
    [property: Id(0)] string ProfessionCode,
    [property: Id(1)] string ProfessionName,
    [property: Id(2)] int QualificationLevel,
    [property: Id(3)] string CentreName,
    [property: Id(4)] string AccreditationNumber,
    [property: Id(5)] DateOnly? ValidUntil);
