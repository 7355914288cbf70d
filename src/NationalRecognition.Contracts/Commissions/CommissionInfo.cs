namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// A Commission with its compositions. <see cref="Current"/> is the composition in force today; an order dated in the
/// future is in <see cref="History"/> but not current until its date (before the establishing order's date, the
/// establishing composition is shown, and the Commission does not yet receive applications).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CommissionInfo")]
public sealed record CommissionInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string InstitutionBin,
    [property: Id(2)] CommissionCompositionInfo Current,
    [property: Id(3)] IReadOnlyList<CommissionCompositionInfo> History)
{
    public CommissionMemberInfo Chair => Current.Members.Single(m => m.Role == Domain.Commissions.CommissionRole.Chair);
}
