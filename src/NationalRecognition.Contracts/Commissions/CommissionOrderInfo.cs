using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>The order of the first head (or acting head) that creates or reconstitutes a Commission (clauses 11, 21, 22).</summary>
[GenerateSerializer, Immutable, Alias("nr.CommissionOrderInfo")]
public sealed record CommissionOrderInfo(
    [property: Id(0)] string Number,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string SignatoryName,
    [property: Id(3)] SignatoryCapacity SignatoryCapacity);
