using System.Globalization;
using NationalRecognition.Grains.ReadModels.Projector;
using Orleans.Storage;

namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// Grain storage over the <see cref="IEventStore"/>: a write stores the grain's state and appends the events it
/// carries (<see cref="IJournaledState"/>) in one transaction, so a command costs one durable write and
/// nothing it announces can be lost or invented. State is serialized with Orleans' serializer (ADR 0002);
/// the version is the ETag, so two activations of one grain can never both write.
/// </summary>
public sealed class EventLogGrainStorage(IEventStore store, IGrainStorageSerializer serializer, LogWriteSignal written) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await store.ReadAsync(StateKey.Of(grainId), CancellationToken.None);
        if (stored is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = serializer.Deserialize<T>(new BinaryData(stored.Payload));
        grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var events = grainState.State is IJournaledState journaled ? journaled.UncommittedEvents.ToList() : [];
        var payload = serializer.Serialize(grainState.State).ToMemory();
        try
        {
            var version = await store.WriteAsync(StateKey.Of(grainId), Version(grainState.ETag), payload, events, CancellationToken.None);
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        catch (StateVersionConflictException exception)
        {
            throw new InconsistentStateException(exception.Message, grainState.ETag ?? "none", "unknown", exception);
        }

        if (grainState.State is IJournaledState committed)
        {
            committed.UncommittedEvents.Clear();
        }

        if (events.Count > 0)
        {
            Telemetry.PlatformMetrics.Committed(events);
            written.Notify();
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        try
        {
            await store.ClearAsync(StateKey.Of(grainId), Version(grainState.ETag), CancellationToken.None);
        }
        catch (StateVersionConflictException exception)
        {
            throw new InconsistentStateException(exception.Message, grainState.ETag ?? "none", "unknown", exception);
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static int? Version(string? etag) =>
        etag is null ? null : int.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture);
}
