namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>A projection's lag: events committed but not yet applied, and the age of the oldest of them.</summary>
public sealed record ProjectionStatus(string Projection, long EventsBehind, TimeSpan OldestUnappliedAge);
