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
/// </summary>
public abstract class ApplicationListingGrain(IPersistentState<ListingState> state, IOptions<WorkflowOptions> options)
    : Grain, IApplicationListing
{
    /// <summary>Throws Forbidden unless <paramref name="actor"/> may read this listing (its key names its tenant).</summary>
    protected abstract void AuthorizeRead(Actor actor);

    public async Task Apply(ApplicationSummary summary)
    {
        if (state.State.Items.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        if (known is null && state.State.Items.Count >= options.Value.MaxListingEntries)
        {
            throw new InvalidOperationException(
                $"Listing '{this.GetPrimaryKeyString()}' holds {state.State.Items.Count} applications, its configured maximum.");
        }

        state.State.Items[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<ApplicationSummary?> Find(Guid applicationId, Actor actor)
    {
        AuthorizeRead(actor);
        return Task.FromResult(state.State.Items.GetValueOrDefault(applicationId));
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
        var matching = state.State.Items.Values
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
