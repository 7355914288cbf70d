namespace NationalRecognition.Contracts.People;

/// <summary>How a command names a person: by platform identity (issuer and subject) or by IIN, exactly one of the two.</summary>
[GenerateSerializer, Immutable, Alias("nr.PersonReference")]
public sealed record PersonReference(
    [property: Id(0)] string? Issuer = null,
    [property: Id(1)] string? Subject = null,
    [property: Id(2)] string? Iin = null);
