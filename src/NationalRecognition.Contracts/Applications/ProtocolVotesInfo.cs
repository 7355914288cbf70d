namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// The votes of the members present, when the Commission's regulation has them recorded: one vote on the decision as
/// the protocol records it. <see cref="ChairVotedInFavour"/> is needed only where the regulation gives the chair a
/// casting vote and the votes stand at exactly half.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ProtocolVotesInfo")]
public sealed record ProtocolVotesInfo(
    [property: Id(0)] int InFavour,
    [property: Id(1)] int Against,
    [property: Id(2)] int Abstained,
    [property: Id(3)] bool? ChairVotedInFavour = null);
