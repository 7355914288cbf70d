namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>One or more projections stopped at an event this build cannot read; the others caught up.</summary>
public sealed class ProjectionsStoppedException : Exception
{
    public ProjectionsStoppedException()
        : this("Projections stopped at events this build cannot read.")
    {
    }

    public ProjectionsStoppedException(string message)
        : base(message)
    {
    }

    public ProjectionsStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProjectionsStoppedException(IReadOnlyList<UnknownEventException> stops)
        : base("Projections stopped at events this build cannot read: " + string.Join(", ", (stops ?? []).Select(s => s.Projection)) + ".", stops is { Count: > 0 } ? stops[0] : null)
    {
        Stops = stops ?? [];
    }

    /// <summary>Each stopped projection's stop.</summary>
    public IReadOnlyList<UnknownEventException> Stops { get; } = [];
}
