using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Grains.Commissions;

[GenerateSerializer, Alias("nr.CommissionState")]
public sealed class CommissionState
{
    /// <summary>Every composition in order; the last one is in force. Nothing is ever removed.</summary>
    [Id(0)]
    public List<ConstituteCommission> Orders { get; set; } = [];
}
