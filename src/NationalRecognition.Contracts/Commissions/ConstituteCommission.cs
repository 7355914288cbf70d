namespace NationalRecognition.Contracts.Commissions;

/// <summary>Establishes a Commission, or reconstitutes it by a new order; the composition is the institution's choice.</summary>
[GenerateSerializer, Immutable, Alias("nr.ConstituteCommission")]
public sealed record ConstituteCommission(
    [property: Id(0)] CommissionOrderInfo Order,
    [property: Id(1)] IReadOnlyList<CommissionMemberInfo> Members);
