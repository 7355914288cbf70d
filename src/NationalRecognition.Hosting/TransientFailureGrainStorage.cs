using NationalRecognition.Contracts.Common;
using Orleans.Storage;

namespace NationalRecognition.Hosting;

/// <summary>
/// Grain storage that reports a transient PostgreSQL failure (<see cref="TransientStorageFailures"/>) as
/// <see cref="StorageUnavailableException"/>. A state read that fails while a grain activates never reaches the grain-call
/// filters (<see cref="TransientStorageFailureFilter"/>): Orleans sends the failure back as the activation's rejection,
/// and an Npgsql exception inside it cannot be serialized, so the caller would get only "could not find a codec" —
/// an <c>INTERNAL</c> error for what is an outage worth a retry.
/// </summary>
internal sealed class TransientFailureGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Translate(inner.ReadStateAsync(stateName, grainId, grainState), nameof(ReadStateAsync), grainId);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Translate(inner.WriteStateAsync(stateName, grainId, grainState), nameof(WriteStateAsync), grainId);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Translate(inner.ClearStateAsync(stateName, grainId, grainState), nameof(ClearStateAsync), grainId);

    private static async Task Translate(Task operation, string name, GrainId grainId)
    {
        try
        {
            await operation;
        }
        catch (Exception exception) when (TransientStorageFailures.Find(exception) is { } cause)
        {
            // The message names the cause; the Npgsql exception itself stays behind, as it cannot cross the wire.
            throw new StorageUnavailableException($"{name} of {grainId} failed on storage: {cause.GetType().FullName}: {cause.Message}");
        }
    }
}
