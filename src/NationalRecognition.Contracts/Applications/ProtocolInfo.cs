namespace NationalRecognition.Contracts.Applications;

/// <summary>The Commission's protocol (minutes) that records a decision.</summary>
[GenerateSerializer, Immutable, Alias("nr.ProtocolInfo")]
public sealed record ProtocolInfo(
    [property: Id(0)] string Number,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<string> MembersPresent,
    [property: Id(3)] ProtocolVotesInfo? Votes = null);
