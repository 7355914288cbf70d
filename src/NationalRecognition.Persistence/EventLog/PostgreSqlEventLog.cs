using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Projections;
using Npgsql;

namespace NationalRecognition.Persistence.EventLog;

/// <summary>The event store and the read models of one PostgreSQL database, as one service for the silo.</summary>
public sealed class PostgreSqlEventLog(NpgsqlDataSource dataSource, string serviceId)
    : IEventStore, IReadModelStore, IListingQueries, IAuditQueries
{
    private readonly PostgreSqlEventStore _events = new(dataSource, serviceId);
    private readonly PostgreSqlReadModels _readModels = new(dataSource);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _events.ReadAsync(key, cancellationToken);

    public Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken) =>
        _events.WriteAsync(key, expectedVersion, payload, events, cancellationToken);

    public Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken) => _events.ClearAsync(key, expectedVersion, cancellationToken);

    public Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken) => _events.AppendAsync(streamId, record, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken) =>
        _events.ReadStreamAsync(streamId, cancellationToken);

    public Task<int> ApplyNextBatchAsync(IProjection projection, int maxEvents, CancellationToken cancellationToken) =>
        _readModels.ApplyNextBatchAsync(projection, maxEvents, cancellationToken);

    public Task ResetAsync(IProjection projection, CancellationToken cancellationToken) => _readModels.ResetAsync(projection, cancellationToken);

    public Task<ProjectionStatus> StatusAsync(IProjection projection, CancellationToken cancellationToken) => _readModels.StatusAsync(projection, cancellationToken);

    public Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken) =>
        _readModels.PageAsync(filter, status, page, cancellationToken);

    public Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken) => _readModels.FindAsync(applicationId, cancellationToken);

    public Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken) =>
        _readModels.PageAsync(scope, day, page, cancellationToken);
}
