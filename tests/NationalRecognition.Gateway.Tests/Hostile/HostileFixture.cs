using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Testing;
using Orleans.Configuration;

namespace NationalRecognition.Gateway.Tests.Hostile;

/// <summary>
/// One gateway (Production environment, its own local silo) with one institution, its Commission and one submitted
/// application — the targets of the hostile corpus — and a reader of the event log that tells which events a request
/// added. A refused command may add exactly one kind of event: <c>CommandRefused</c>, the audit of the refusal.
/// </summary>
public sealed class HostileFixture : IAsyncLifetime
{
    private readonly EventProbe _probe = new();
    private readonly ReadModel _probeModel;
    private InMemoryEventLog? _log;

    public HostileFixture() => _probeModel = new ReadModel(_probe, new NoRows());

    public GatewayFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public ApiWorld World { get; private set; } = null!;

    /// <summary>The learner of <see cref="ApplicationId"/>.</summary>
    public string LearnerIin { get; } = TestIdentities.NewIin();

    public string ApplicationId { get; private set; } = null!;

    /// <summary>Another institution's BIN, for cross-tenant attempts.</summary>
    public string OtherBin { get; } = TestIdentities.NewBin();

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        World = await ApiWorld.Create(Client);
        var submitted = await World.Learner(LearnerIin).Run(Operations.SubmitApplication,
            new { input = World.Application(LearnerIin, ApiWorld.Coursera(LearnerIin, $"C-{Guid.NewGuid():N}")) });
        ApplicationId = (string)submitted["submitApplication"]!["id"]!;
        await ApiWorld.PublishProfessions(Client);

        _log = InMemoryEventLogs.For(
            Factory.Services.GetRequiredService<IOptions<ClusterOptions>>().Value, Factory.Services.GetRequiredService<TimeProvider>());
        await NewEventsAsync();
    }

    /// <summary>The types of the events appended since the last call.</summary>
    public async Task<IReadOnlyList<string>> NewEventsAsync()
    {
        _probe.Seen.Clear();
        while (await _log!.ApplyNextBatchAsync(_probeModel, 1_000, CancellationToken.None) > 0)
        {
        }

        return [.. _probe.Seen];
    }

    public ApiSession As(ActorRole role, string? bin = null, string? iin = null) => ApiSession.As(Client, role, bin, iin);

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A projection of its own that only notes what went by.</summary>
    private sealed class EventProbe : IProjection
    {
        public List<string> Seen { get; } = [];

        public string Name => "hostile-corpus-probe";

        public IEnumerable<ReadModelChange> Project(RecordedEvent recorded)
        {
            Seen.Add(recorded.EventType);
            return [];
        }
    }

    /// <summary>The probe keeps no rows: what it saw is its answer.</summary>
    private sealed class NoRows : IReadModelStore
    {
        public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
