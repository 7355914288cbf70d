namespace NationalRecognition.Contracts.Commissions;

/// <summary>One composition of the Commission, in force from its order's date until the next order's.</summary>
[GenerateSerializer, Immutable, Alias("nr.CommissionComposition")]
public sealed record CommissionCompositionInfo(
    [property: Id(0)] CommissionOrderInfo Order,
    [property: Id(1)] IReadOnlyList<CommissionMemberInfo> Members,
    [property: Id(2)] DateOnly InForceFrom,
    [property: Id(3)] DateOnly? InForceUntil,
    [property: Id(4)] CommissionRegulationInfo? Regulation = null);
