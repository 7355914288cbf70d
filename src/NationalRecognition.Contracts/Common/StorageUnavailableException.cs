namespace NationalRecognition.Contracts.Common;

/// <summary>
/// A grain call failed because PostgreSQL was unreachable or refused it for a passing reason (see
/// the silo's <c>TransientStorageFailures</c>); the same call may succeed when retried. Silos throw it in place of the
/// Npgsql exception, which Orleans cannot send to a client; the message names the original type and text.
/// </summary>
[GenerateSerializer]
[Alias("NationalRecognition.Hosting.StorageUnavailableException")]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
