namespace NationalRecognition.Contracts.Commissions;

/// <summary>A member named as in the order, and their platform identity (their token's subject; null: none).</summary>
[GenerateSerializer, Immutable, Alias("nr.MemberIdentity")]
public sealed record MemberIdentity(
    [property: Id(0)] string Name,
    [property: Id(1)] string? SubjectId);
