namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// Establishes a Commission, or reconstitutes it by a new order; the composition and the regulation on its work are the
/// institution's choice (clause 22). Without a regulation, <see cref="Domain.Commissions.CommissionRegulation.Default"/> applies.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ConstituteCommission")]
public sealed record ConstituteCommission(
    [property: Id(0)] CommissionOrderInfo Order,
    [property: Id(1)] IReadOnlyList<CommissionMemberInfo> Members,
    [property: Id(2)] CommissionRegulationInfo? Regulation = null);
