using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Grains.Applications;

/// <summary>One appendix entry of the application's document at <see cref="DocumentIndex"/>, claimed for a unit.</summary>
[GenerateSerializer, Immutable, Alias("nr.EntryClaim")]
public sealed record EntryClaim(
    [property: Id(0)] int DocumentIndex,
    [property: Id(1)] RecognitionClaim Claim);
