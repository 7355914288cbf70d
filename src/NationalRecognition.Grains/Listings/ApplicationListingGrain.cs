using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

/// <summary>
/// The behaviour every listing shares: keep the newest version of each application (older and repeated
/// deliveries are ignored, which is what makes outbox retries safe) and page newest first.
/// Reentrant so that an admission peak's notifications share writes (<see cref="CoalescingStateWriter{TState}"/>):
/// every call works on <see cref="_items"/> between awaits, and only snapshots reach storage. Each concrete
/// listing carries <c>[Reentrant]</c>.
/// </summary>
public abstract class ApplicationListingGrain : Grain, IApplicationListing
{
    private readonly IPersistentState<ListingState> _state;
    private readonly IOptions<WorkflowOptions> _options;
    private readonly CoalescingStateWriter<ListingState> _writer;
    private Dictionary<Guid, ApplicationSummary> _items = [];

    protected ApplicationListingGrain(IPersistentState<ListingState> state, IOptions<WorkflowOptions> options)
    {
        _state = state;
        _options = options;
        _writer = new CoalescingStateWriter<ListingState>(state, () => new ListingState { Items = new(_items) }, this.DeactivateOnIdle);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _items = new Dictionary<Guid, ApplicationSummary>(_state.State.Items);
        return Task.CompletedTask;
    }

    /// <summary>Throws Forbidden unless <paramref name="actor"/> may read this listing (its key names its tenant).</summary>
    protected abstract void AuthorizeRead(Actor actor);

    public async Task Apply(ApplicationSummary summary)
    {
        if (_items.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            // Already here; but it may sit in a write still in flight, so wait for that before saying so.
            await _writer.WhenStored();
            return;
        }

        if (known is null && _items.Count >= _options.Value.MaxListingEntries)
        {
            throw new InvalidOperationException(
                $"Listing '{this.GetPrimaryKeyString()}' holds {_items.Count} applications, its configured maximum.");
        }

        _items[summary.Id] = summary;
        await _writer.Persist();
    }

    public Task<ApplicationSummary?> Find(Guid applicationId, Actor actor)
    {
        AuthorizeRead(actor);
        return Task.FromResult(_items.GetValueOrDefault(applicationId));
    }

    public Task<Page<ApplicationSummary>> GetPage(ApplicationStatus? status, PageRequest page, Actor actor)
    {
        AuthorizeRead(actor);
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(
                DomainErrorCode.Validation, $"'first' must be between 1 and {PageRequest.MaxPageSize}.", "first");
        }

        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        var matching = _items.Values
            .Where(s => status is null || s.Status == status)
            .Select(s => (Summary: s, Cursor: new PageCursor(s.SubmittedAt, s.Id)))
            .OrderBy(x => x.Cursor, PageCursor.NewestFirst)
            .ToList();
        var remaining = after is { } position ? matching.Where(x => PageCursor.NewestFirst.Compare(x.Cursor, position) > 0).ToList() : matching;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<ApplicationSummary>(
            slice.Select(x => x.Summary).ToList(),
            slice.Select(x => x.Cursor.Encode()).ToList(),
            remaining.Count > slice.Count,
            matching.Count));
    }
}
