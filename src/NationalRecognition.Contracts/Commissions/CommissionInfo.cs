namespace NationalRecognition.Contracts.Commissions;

[GenerateSerializer, Immutable, Alias("nr.CommissionInfo")]
public sealed record CommissionInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string InstitutionBin,
    [property: Id(2)] CommissionComposition Current,
    [property: Id(3)] IReadOnlyList<CommissionComposition> History)
{
    public CommissionMemberInfo Chair => Current.Members.Single(m => m.Role == Domain.Commissions.CommissionRole.Chair);
}
