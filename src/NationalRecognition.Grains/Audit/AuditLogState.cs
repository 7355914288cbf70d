using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Grains.Audit;

[GenerateSerializer, Alias("nr.AuditLogState")]
public sealed class AuditLogState
{
    /// <summary>Append-only, oldest first; <see cref="AuditRecord.Sequence"/> is the position plus one.</summary>
    [Id(0)]
    public List<AuditRecord> Records { get; set; } = [];
}
