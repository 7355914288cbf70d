namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// Which aggregate a state row and its event stream belong to: the grain type and key. The stream id
/// (<c>type/key</c>) names the aggregate's events in the log.
/// </summary>
public readonly record struct StateKey(string GrainType, string GrainKey)
{
    public string StreamId => $"{GrainType}/{GrainKey}";

    public static StateKey Of(GrainId grainId) => new(grainId.Type.ToString()!, grainId.Key.ToString()!);
}
