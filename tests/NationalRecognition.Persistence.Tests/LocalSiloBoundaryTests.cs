using NationalRecognition.Hosting;

namespace NationalRecognition.Persistence.Tests;

/// <summary>What crosses a silo's gateway: only clients of its own cluster get in.</summary>
public sealed class LocalSiloBoundaryTests(LocalSiloFixture fixture) : IClassFixture<LocalSiloFixture>
{
    [Fact]
    public async Task A_client_of_another_cluster_id_is_refused_at_the_gateway()
    {
        // Orleans keeps retrying a refused connection, so the client never finishes connecting: give it ten seconds.
        using var logs = new CapturedLogs();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LocalSiloFixture.ConnectAsync(
            RecognitionClusterDefaults.PostgreSqlClusterId, fixture.Silo.GatewayAddress!.Endpoint.Port, logs, patience.Token));

        Assert.Contains(logs.Lines, line => line.Contains(
            $"Unexpected cluster id \"{fixture.Silo.ClusterId}\", expected \"{RecognitionClusterDefaults.PostgreSqlClusterId}\"",
            StringComparison.Ordinal));
    }
}
