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

    /// <summary>The current record's version (1 for the first); states written before versions were kept read 0.</summary>
    [Id(4)]
    public int Version { get; set; }

    /// <summary>Earlier versions, oldest first, kept when the source sent a changed record.</summary>
    [Id(5)]
    public List<CertificateVersion> History { get; set; } = [];

    /// <summary>For the exchange's certificates: the version of the issue year's list the current record was judged by.</summary>
    [Id(6)]
    public int? ProfessionListVersion { get; set; }

    /// <summary>The feed batch that wrote the current version, and with what outcome, so that a replay of it answers the same.</summary>
    [Id(7)]
    public string? LastBatchKey { get; set; }

    [Id(8)]
    public FeedOutcome? LastBatchOutcome { get; set; }

    public int CurrentVersion => Certificate is null ? 0 : Math.Max(1, Version);

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
        Version = Version,
        History = History.ToList(),
        ProfessionListVersion = ProfessionListVersion,
        LastBatchKey = LastBatchKey,
        LastBatchOutcome = LastBatchOutcome,
    };
}
