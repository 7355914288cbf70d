namespace NationalRecognition.Contracts.Applications;

/// <summary>The votes of the members present, when the Commission's regulation has them recorded.</summary>
[GenerateSerializer, Immutable, Alias("nr.ProtocolVotesInfo")]
public sealed record ProtocolVotesInfo(
    [property: Id(0)] int InFavour,
    [property: Id(1)] int Against,
    [property: Id(2)] int Abstained);
