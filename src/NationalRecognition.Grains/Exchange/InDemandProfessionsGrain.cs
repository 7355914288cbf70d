using System.Collections.Frozen;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Exchange;

/// <summary>
/// The exchange's list of in-demand professions for one year (the grain's integer key). Every certificate of the
/// exchange is looked up here, so lookups are read-only (they interleave) and answered from an index kept in memory.
/// </summary>
public sealed class InDemandProfessionsGrain(
    [PersistentState("professions", StorageNames.Recognition)] IPersistentState<InDemandProfessionsState> state,
    TimeProvider time)
    : Grain, IInDemandProfessionsGrain
{
    private FrozenDictionary<string, InDemandProfessionInfo>? _byCode;

    private int Year => (int)this.GetPrimaryKeyLong();

    [AuditedMutation]
    public async Task<InDemandProfessionList> Publish(IReadOnlyList<InDemandProfessionInfo> professions, Actor actor)
    {
        AccessPolicy.MaintainProfessionList(actor);
        var normalised = professions.Select(p => new InDemandProfessionInfo(
                p.Code.Trim(), p.NameKk.Trim(), p.NameRu.Trim(), p.ClassifierCodes.Select(c => c.Trim()).ToList()))
            .ToList();
        InDemandProfessionRules.Validate(
            Year, normalised.Select(p => new InDemandProfession(p.Code, p.NameKk, p.NameRu, p.ClassifierCodes)).ToList(), KazakhstanTime.Today(time));

        var fingerprint = Fingerprint.Of(normalised);
        if (state.State.List is { } current && state.State.Fingerprint == fingerprint)
        {
            return current;
        }

        var now = time.GetUtcNow();
        var list = new InDemandProfessionList(Year, (state.State.List?.Version ?? 0) + 1, normalised, now);
        var next = new InDemandProfessionsState { List = list, Fingerprint = fingerprint };
        var @event = EventCatalogue.Pending(
            new InDemandProfessionsPublished(Year, list.Version, normalised.Select(p => p.Code).ToList()), actor, null, now);
        await state.CommitAsync(next, [@event], this);
        _byCode = null;
        return list;
    }

    public Task<InDemandProfessionList?> Get() => Task.FromResult(state.State.List);

    public Task<ListedProfession> Find(string professionCode)
    {
        if (state.State.List is not { } list)
        {
            return Task.FromResult(new ListedProfession(false, 0, null));
        }

        _byCode ??= list.Professions.ToFrozenDictionary(p => InDemandProfessionRules.NormaliseCode(p.Code), StringComparer.Ordinal);
        return Task.FromResult(new ListedProfession(
            true, list.Version, _byCode.GetValueOrDefault(InDemandProfessionRules.NormaliseCode(professionCode))));
    }
}
