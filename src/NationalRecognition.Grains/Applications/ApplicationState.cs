using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.Applications;

[GenerateSerializer, Alias("nr.ApplicationState")]
public sealed class ApplicationState
{
    [Id(0)]
    public ApplicationInfo? Application { get; set; }

    /// <summary>Content hash of the submit command: a retry with the same idempotency key must match it.</summary>
    [Id(1)]
    public string? SubmissionFingerprint { get; set; }

    /// <summary>Append-only: who did what and when.</summary>
    [Id(2)]
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>
    /// The outbox: the listings have been sent every version up to this one. While it is behind
    /// <see cref="ApplicationInfo.Version"/>, a reminder keeps retrying.
    /// </summary>
    [Id(3)]
    public int DeliveredVersion { get; set; }

    /// <summary>The education level of the programme, which sets the credit–hour ratio of comparisons.</summary>
    [Id(4)]
    public InstitutionKind ProgrammeLevel { get; set; }

    [Id(5)]
    public RecognitionPolicy Policy { get; set; } = RecognitionPolicy.Default;

    /// <summary>The registry key of each confirming document, in document order.</summary>
    [Id(6)]
    public List<string> DocumentKeys { get; set; } = [];
}
