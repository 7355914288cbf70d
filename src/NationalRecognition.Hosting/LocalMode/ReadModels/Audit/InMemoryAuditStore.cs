using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Hosting.LocalMode.ReadModels.Audit;

/// <summary>The audit logs in memory: one record per event position, with its scope, read a UTC day at a time, newest first.</summary>
public sealed class InMemoryAuditStore : IReadModelStore, IAuditQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, (string Scope, AuditRecord Record)> _audit = [];

    /// <summary>The audit logs kept beside <paramref name="log"/>.</summary>
    public static InMemoryAuditStore Of(InMemoryEventLog log) => log.Rows(() => new InMemoryAuditStore());

    public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var append in changes.Cast<AuditAppend>())
            {
                _audit.TryAdd(append.Record.Sequence, (append.Scope, append.Record));
            }
        }

        return Task.CompletedTask;
    }

    public Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _audit.Clear();
        }

        return Task.CompletedTask;
    }

    public Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        List<AuditRecord> records;
        lock (_gate)
        {
            records = _audit.Values.Where(a => a.Scope == scope && a.Record.At >= from && a.Record.At < from.AddDays(1))
                .Select(a => a.Record)
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Sequence)
                .ToList();
        }

        var after = page.After is null ? (AuditCursor?)null : AuditCursor.Decode(page.After);
        var remaining = after is { } cursor ? records.Where(cursor.IsBefore).ToList() : records;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<AuditRecord>(
            slice, slice.Select(r => AuditCursor.Of(r).Encode()).ToList(), remaining.Count > slice.Count, records.Count));
    }
}
