using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Commissions;

[GenerateSerializer, Alias("nr.CommissionState")]
public sealed class CommissionState : IJournaledState
{
    /// <summary>Every composition in order; the last one is in force. Nothing is ever removed.</summary>
    [Id(0)]
    public List<ConstituteCommission> Orders { get; set; } = [];

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    /// <summary>A copy to build the next state in, so the current one stays intact until the write succeeds.</summary>
    public CommissionState Copy() => new() { Orders = Orders.ToList() };
}
