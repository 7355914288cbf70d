using System.Net.Sockets;
using Npgsql;

namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <inheritdoc cref="IStorageFailureProbeGrain"/>
public sealed class StorageFailureProbeGrain : Grain, IStorageFailureProbeGrain
{
    /// <inheritdoc/>
    public Task FailUnreachableAsync() => throw new OrleansException(
        "Error from storage provider recognition during WriteStateAsync",
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));

    /// <inheritdoc/>
    public Task FailShutdownAsync() => throw new PostgresException(
        "terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);

    /// <inheritdoc/>
    public Task FailPermanentlyAsync() => throw new PostgresException(
        "relation \"orleansstorage\" does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable);
}
