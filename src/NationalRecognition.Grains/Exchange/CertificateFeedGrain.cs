using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Certificates;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;
using Orleans.Storage;

namespace NationalRecognition.Grains.Exchange;

/// <summary>
/// One batch of the exchange's certificate feed. Each record is checked, then written by its own certificate grain —
/// several at once (<see cref="CertificateFeedOptions.MaxParallelRecords"/>), the records of one certificate in the
/// batch's order — and the batch's results are stored with one event that counts them, so that a retry with the same
/// idempotency key answers from the store. A batch is busy once and then idle: its activation goes soon after.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class CertificateFeedGrain(
    [PersistentState(CertificateFeedGrain.StateName, StorageNames.Recognition)] IPersistentState<CertificateFeedState> state,
    [FromKeyedServices(StorageNames.Recognition)] IGrainStorage storage,
    IGrainFactory grains,
    IOptions<CertificateFeedOptions> options,
    TimeProvider time)
    : Grain, ICertificateFeedGrain
{
    private const string StateName = "feedBatch";

    [AuditedMutation]
    public async Task<CertificateFeedBatch> Submit(string idempotencyKey, IReadOnlyList<CertificateFeedRecord> records, Actor actor)
    {
        AccessPolicy.RegisterCertificate(actor);
        if (CertificateFeedKeys.Batch(actor.SubjectId, idempotencyKey) != this.GetPrimaryKeyString())
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("certificateFeedGrain.batchKeyDoes"), "idempotencyKey");
        }

        if (records.Count is 0 or > CertificateFeedKeys.MaxBatchSize)
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("certificateFeedGrain.batchHoldsMaxBatchSize", ("maxBatchSize", CertificateFeedKeys.MaxBatchSize), ("count", records.Count)), "records");
        }

        var fingerprint = Fingerprint.Of(records);
        var recorded = state.State.Fingerprint is null ? await RecordedUnderLegacyStreamKey(idempotencyKey, actor) : state.State;
        if (recorded?.Fingerprint is { } known)
        {
            return known == fingerprint
                ? new CertificateFeedBatch(idempotencyKey, recorded.Results, Replayed: true)
                : throw new DomainException(DomainErrorCode.Conflict,
                    Message.Of("certificateFeedGrain.idempotencyKeyWas"), "idempotencyKey");
        }

        var results = await Register(records, actor);
        var now = time.GetUtcNow();
        var next = new CertificateFeedState { Fingerprint = fingerprint, Results = results, ReceivedAt = now };
        var counts = results.CountBy(r => r.Outcome).ToDictionary(c => c.Key, c => c.Value);
        var @event = EventCatalogue.Pending(new CertificateFeedBatchReceived(
            idempotencyKey, records.Count, counts.GetValueOrDefault(FeedOutcome.Accepted), counts.GetValueOrDefault(FeedOutcome.Unchanged),
            counts.GetValueOrDefault(FeedOutcome.Updated), counts.GetValueOrDefault(FeedOutcome.Rejected)), actor, null, now);
        await state.CommitAsync(next, [@event], this);
        return new CertificateFeedBatch(idempotencyKey, results, Replayed: false);
    }

    /// <summary>
    /// What a stream batch recorded under its key of before the change (<see cref="CertificateFeedKeys.LegacyStreamBatch"/>),
    /// read from storage: a batch's state is written once and never changes, so reading it needs no call to its grain
    /// (which a silo of the previous release might host). Null for a GraphQL batch's key or when nothing was recorded.
    /// </summary>
    private async Task<CertificateFeedState?> RecordedUnderLegacyStreamKey(string idempotencyKey, Actor actor)
    {
        if (CertificateFeedKeys.LegacyStreamBatch(idempotencyKey) is not { } legacyKey)
        {
            return null;
        }

        var legacy = new GrainState<CertificateFeedState>(new CertificateFeedState());
        await storage.ReadStateAsync(StateName, GrainId.Create(this.GetGrainId().Type, CertificateFeedKeys.Batch(actor.SubjectId, legacyKey)), legacy);
        return legacy.RecordExists ? legacy.State : null;
    }

    private async Task<List<FeedRecordResult>> Register(IReadOnlyList<CertificateFeedRecord> records, Actor actor)
    {
        var today = KazakhstanTime.Today(time);
        var results = new FeedRecordResult[records.Count];
        var valid = new List<(int Index, CertificateInfo Certificate, string Key)>();
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                var certificate = ExchangeFeedMapping.ToCertificate(ExchangeCertificateRules.Parse(ExchangeFeedMapping.ToDomain(records[i]), today));
                valid.Add((i, certificate, CertificateKeys.For(certificate)));
            }
            catch (DomainException refusal)
            {
                results[i] = FeedResults.Rejected(i, records[i].Number, refusal);
            }
        }

        // One certificate's records go in the batch's order; different certificates go side by side, a bounded number at once.
        var batchKey = this.GetPrimaryKeyString();
        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxParallelRecords));
        await Task.WhenAll(valid.GroupBy(v => v.Key).Select(async group =>
        {
            await slots.WaitAsync();
            try
            {
                var certificate = grains.GetGrain<ICertificateGrain>(group.Key);
                foreach (var (index, info, _) in group)
                {
                    results[index] = await certificate.RegisterFromFeed(index, info, batchKey, actor);
                }
            }
            finally
            {
                slots.Release();
            }
        }));
        return [.. results];
    }
}
