using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// A projection met an event whose stored name and schema version this build has no reader for (a newer writer's).
/// It stops there rather than skip it: what the event changes would be missing from the read model for ever. The
/// events before it are applied; it resumes once a build that reads the event runs the projection.
/// </summary>
public sealed class UnknownEventException : Exception
{
    /// <summary>The stable code of this alert in logs and on the probe.</summary>
    public const string AlertCode = "NR-PROJECTION-UNKNOWN-EVENT";

    public UnknownEventException()
        : this("A projection stopped at an event this build cannot read.")
    {
    }

    public UnknownEventException(string message)
        : base(message)
    {
    }

    public UnknownEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnknownEventException(string projection, RecordedEvent recorded)
        : base($"The {projection} projection stopped at a {recorded?.EventType} event of schema version {recorded?.SchemaVersion} "
               + $"(log position {recorded?.Position.TransactionId}/{recorded?.Position.Position}): this build has no reader for it, and a "
               + "projection never skips an event. It resumes when a silo whose build reads it runs the projection.")
    {
        ArgumentNullException.ThrowIfNull(recorded);
        Projection = projection;
        EventType = recorded.EventType;
        SchemaVersion = recorded.SchemaVersion;
        Position = recorded.Position;
    }

    public string Projection { get; } = string.Empty;

    public string EventType { get; } = string.Empty;

    public int SchemaVersion { get; }

    public LogPosition Position { get; }
}
