using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Exchange;

[GenerateSerializer, Alias("nr.InDemandProfessionsState")]
public sealed class InDemandProfessionsState : IJournaledState
{
    [Id(0)]
    public InDemandProfessionList? List { get; set; }

    /// <summary>The list's content hash, so that publishing it again is recognised as a repeat.</summary>
    [Id(1)]
    public string? Fingerprint { get; set; }

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];
}
