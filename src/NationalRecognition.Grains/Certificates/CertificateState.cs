using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Certificates;

[GenerateSerializer, Alias("nr.CertificateState")]
public sealed class CertificateState : IJournaledState
{
    [Id(0)]
    public CertificateInfo? Certificate { get; set; }

    [Id(1)]
    public CertificateSource Source { get; set; }

    [Id(2)]
    public DateTimeOffset RecordedAt { get; set; }

    [Id(3)]
    public List<RecognitionClaim> Recognitions { get; set; } = [];

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    /// <summary>A copy to build the next state in, so the current one stays intact until the write succeeds.</summary>
    public CertificateState Copy() => new()
    {
        Certificate = Certificate,
        Source = Source,
        RecordedAt = RecordedAt,
        Recognitions = Recognitions.ToList(),
    };
}
