namespace NationalRecognition.Grains.EventLog;

/// <summary>A grain's latest state as stored: the serialized payload and its version (the ETag).</summary>
public sealed record StoredState(ReadOnlyMemory<byte> Payload, int Version);
