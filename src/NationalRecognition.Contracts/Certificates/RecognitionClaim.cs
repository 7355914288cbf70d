namespace NationalRecognition.Contracts.Certificates;

/// <summary>One appendix entry recognised for one discipline or module at one institution.</summary>
[GenerateSerializer, Immutable, Alias("nr.RecognitionClaim")]
public sealed record RecognitionClaim(
    [property: Id(0)] string AppendixEntryName,
    [property: Id(1)] string InstitutionBin,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] Guid ApplicationId);
