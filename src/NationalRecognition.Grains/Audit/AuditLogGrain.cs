using System.Globalization;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Authorization;

namespace NationalRecognition.Grains.Audit;

/// <summary>One scope's audit log for one day (<see cref="AuditScopes.Key"/>): append-only, paged newest first.</summary>
public sealed class AuditLogGrain(
    [PersistentState("audit", StorageNames.Recognition)] IPersistentState<AuditLogState> state,
    IOptions<AuditOptions> options)
    : Grain, IAuditLogGrain
{
    public async Task Append(AuditRecord record)
    {
        if (state.State.Records.Count >= options.Value.MaxRecordsPerDay)
        {
            throw new InvalidOperationException(
                $"Audit log '{this.GetPrimaryKeyString()}' holds {state.State.Records.Count} records, its configured maximum for a day.");
        }

        state.State.Records.Add(record with { Sequence = state.State.Records.Count + 1 });
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // An append that was not acknowledged must not stay in memory as if it were stored.
            await state.ReadStateAsync();
            throw;
        }
    }

    public Task<Page<AuditRecord>> GetPage(PageRequest page, Actor actor)
    {
        AccessPolicy.ReadAudit(actor, AuditScopes.ScopeOf(this.GetPrimaryKeyString()));
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(DomainErrorCode.Validation, $"'first' must be between 1 and {PageRequest.MaxPageSize}.", "first");
        }

        var records = state.State.Records;
        var before = records.Count + 1L;
        if (page.After is not null && (!long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out before) || before < 1))
        {
            throw new DomainException(DomainErrorCode.Validation, "The cursor is not one this log gave out.", "after");
        }

        // Sequence n sits at index n - 1; newest first means walking down from the one before the cursor.
        var slice = new List<AuditRecord>(page.First);
        for (var index = (int)Math.Min(before - 1, records.Count) - 1; index >= 0 && slice.Count < page.First; index--)
        {
            slice.Add(records[index]);
        }

        var hasNext = slice.Count > 0 && slice[^1].Sequence > 1;
        return Task.FromResult(new Page<AuditRecord>(
            slice,
            slice.Select(r => r.Sequence.ToString(CultureInfo.InvariantCulture)).ToList(),
            hasNext,
            records.Count));
    }
}
