using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Hosting.LocalMode.ReadModels.Listings;

/// <summary>The listings in memory: the newest summary per application, read in the same keyset pages as on PostgreSQL.</summary>
public sealed class InMemoryListingStore : IReadModelStore, IListingQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, ApplicationSummary> _listing = [];

    /// <summary>The listings kept beside <paramref name="log"/>.</summary>
    public static InMemoryListingStore Of(InMemoryEventLog log) => log.Rows(() => new InMemoryListingStore());

    public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var summary in changes.Cast<ListingUpsert>().Select(u => u.Summary))
            {
                if (!_listing.TryGetValue(summary.Id, out var known) || known.Version < summary.Version)
                {
                    _listing[summary.Id] = summary;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _listing.Clear();
        }

        return Task.CompletedTask;
    }

    public Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        List<ApplicationSummary> matching;
        lock (_gate)
        {
            matching = _listing.Values.Where(s => filter.Matches(s) && (status is null || s.Status == status)).ToList();
        }

        var ordered = matching.Select(s => (Summary: s, Cursor: new PageCursor(s.SubmittedAt, s.Id)))
            .OrderBy(x => x.Cursor, PageCursor.NewestFirst)
            .ToList();
        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        var remaining = after is { } position ? ordered.Where(x => PageCursor.NewestFirst.Compare(x.Cursor, position) > 0).ToList() : ordered;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<ApplicationSummary>(
            slice.Select(x => x.Summary).ToList(), slice.Select(x => x.Cursor.Encode()).ToList(), remaining.Count > slice.Count, ordered.Count));
    }

    public Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_listing.GetValueOrDefault(applicationId));
        }
    }
}
