using NationalRecognition.Contracts.Common;
using NationalRecognition.Persistence.Tests.TestGrains;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// What crosses a silo's gateway: only clients of its own cluster get in, and a passing PostgreSQL failure reaches
/// them as <see cref="StorageUnavailableException"/> (Npgsql's own exceptions cannot be serialized by Orleans).
/// </summary>
public sealed class LocalSiloBoundaryTests(LocalSiloFixture fixture) : IClassFixture<LocalSiloFixture>
{
    [Fact]
    public async Task A_refused_storage_connection_reaches_the_client_as_StorageUnavailableException()
    {
        var probe = fixture.Client.GetGrain<IStorageFailureProbeGrain>(Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(probe.FailUnreachableAsync);

        Assert.Contains("IStorageFailureProbeGrain", error.Message, StringComparison.Ordinal);
        Assert.Contains("Npgsql.NpgsqlException: Failed to connect to 127.0.0.1:5432", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_shutdown_reaches_the_client_as_StorageUnavailableException()
    {
        var probe = fixture.Client.GetGrain<IStorageFailureProbeGrain>(Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(probe.FailShutdownAsync);

        Assert.Contains("57P01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permanent_storage_error_is_not_reported_as_a_passing_one()
    {
        var probe = fixture.Client.GetGrain<IStorageFailureProbeGrain>(Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAnyAsync<Exception>(probe.FailPermanentlyAsync);

        Assert.IsNotType<StorageUnavailableException>(error);
    }

    [Fact]
    public async Task A_client_of_another_cluster_id_is_refused_at_the_gateway()
    {
        // Orleans keeps retrying a refused connection, so the client never finishes connecting: wait for the refusal
        // in its log, then give up the attempt.
        using var logs = new CapturedLogs();
        using var giveUp = new CancellationTokenSource();
        var refusal = $"Unexpected cluster id \"{fixture.Silo.ClusterId}\", expected \"{PlatformClusterDefaults.PostgreSqlClusterId}\"";

        var connecting = LocalSiloFixture.ConnectAsync(
            PlatformClusterDefaults.PostgreSqlClusterId, fixture.Silo.GatewayAddress!.Endpoint.Port, logs, giveUp.Token);
        await Eventually.TrueAsync(() => logs.Lines.Any(line => line.Contains(refusal, StringComparison.Ordinal)), "the gateway to refuse the other cluster's client");
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting);
    }
}
