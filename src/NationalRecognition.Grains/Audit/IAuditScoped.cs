namespace NationalRecognition.Grains.Audit;

/// <summary>A grain that belongs to one institution: its mutations are audited in that institution's log.</summary>
public interface IAuditScoped
{
    /// <summary>The institution's BIN, or null while it is not known yet (e.g. before an application exists).</summary>
    string? AuditScope { get; }
}
