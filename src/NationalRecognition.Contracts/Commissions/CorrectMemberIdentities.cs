namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// An administrative correction of members' platform identities in the composition of one order, without a new order:
/// the order names people, and which sign-in account is whose is a record the platform keeps, not a legal act (clause
/// 22 leaves the composition to the order). Commissions stored before member identities were kept can decide after it.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CorrectMemberIdentities")]
public sealed record CorrectMemberIdentities(
    [property: Id(0)] string OrderNumber,
    [property: Id(1)] IReadOnlyList<MemberIdentity> Members,
    [property: Id(2)] string Reason);
