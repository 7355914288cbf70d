using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Exchange;

[GenerateSerializer, Alias("nr.CertificateFeedState")]
public sealed class CertificateFeedState : IJournaledState
{
    /// <summary>The batch's records' content hash: a retry must send the same records.</summary>
    [Id(0)]
    public string? Fingerprint { get; set; }

    [Id(1)]
    public List<FeedRecordResult> Results { get; set; } = [];

    [Id(2)]
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];
}
