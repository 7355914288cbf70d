using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

[GenerateSerializer, Immutable, Alias("nr.CommissionMemberInfo")]
public sealed record CommissionMemberInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] string Position,
    [property: Id(2)] CommissionRole Role,
    [property: Id(3)] string? SubjectId = null);
