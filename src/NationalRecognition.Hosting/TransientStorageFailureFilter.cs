using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Hosting;

/// <summary>
/// Turns a transient PostgreSQL failure of a grain call into <see cref="StorageUnavailableException"/>. Orleans
/// cannot serialize Npgsql's exceptions: without this a client (the gateway) would receive only "could not find a
/// codec" and could not tell an outage, worth a retry, from a bug.
/// </summary>
internal sealed class TransientStorageFailureFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (exception is not StorageUnavailableException
                                          && TransientStorageFailures.Find(exception) is { } cause)
        {
            throw new StorageUnavailableException(
                $"{context.InterfaceName}.{context.MethodName} failed on storage: {cause.GetType().FullName}: {cause.Message}");
        }
    }
}
