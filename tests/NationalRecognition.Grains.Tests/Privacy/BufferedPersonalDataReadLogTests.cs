using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Hosting.LocalMode.Privacy;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>A read costs the reader an enqueue; the records are stored in batches when the buffer is flushed.</summary>
public sealed class BufferedPersonalDataReadLogTests
{
    private const string Iin = "030314601238";
    private static readonly Actor Registrar = new("registrar@1", ActorRole.Registrar, "1");

    [Fact]
    public async Task Reads_are_stored_at_the_flush_in_one_batch_not_when_read()
    {
        var store = new CountingStore();
        using var log = Log(store, maxBatch: 10);

        log.Record(Registrar, Iin, PersonalDataReads.Application, "a");
        log.Record(Registrar, Iin, PersonalDataReads.Listing, "b");
        Assert.Equal(0, store.Appends);
        await log.FlushAsync(CancellationToken.None);

        Assert.Equal((1, 2), (store.Appends, (await store.PageAsync(LearnerKeys.For(Iin), new PageRequest(10), CancellationToken.None)).TotalCount));
    }

    [Fact]
    public async Task A_failed_append_keeps_the_batch_for_the_next_flush()
    {
        var store = new CountingStore { FailNext = true };
        using var log = Log(store, maxBatch: 10);
        log.Record(Registrar, Iin, PersonalDataReads.Application, "a");

        await Assert.ThrowsAsync<IOException>(() => log.FlushAsync(CancellationToken.None));
        await log.FlushAsync(CancellationToken.None);

        Assert.Equal(1, (await store.PageAsync(LearnerKeys.For(Iin), new PageRequest(10), CancellationToken.None)).TotalCount);
    }

    [Fact]
    public async Task The_platforms_own_reads_and_a_learners_own_reads_are_not_recorded()
    {
        var store = new CountingStore();
        using var log = Log(store, maxBatch: 10);

        log.Record(Actor.System, Iin, PersonalDataReads.Application, "a");
        log.Record(new Actor("me", ActorRole.Learner, Iin: Iin), Iin, PersonalDataReads.Application, "a");
        await log.FlushAsync(CancellationToken.None);

        Assert.Equal(0, store.Appends);
    }

    [Fact]
    public void A_full_buffer_drops_new_records_and_counts_them()
    {
        using var log = Log(new CountingStore(), maxBatch: 1, capacity: 1);

        log.Record(Registrar, Iin, PersonalDataReads.Application, "a");
        log.Record(Registrar, Iin, PersonalDataReads.Application, "b");

        Assert.Equal(1, log.Dropped);
    }

    private static BufferedPersonalDataReadLog Log(IPersonalDataReadStore store, int maxBatch, int capacity = 100) => new(
        store,
        Options.Create(new PersonalDataReadOptions { MaxBatch = maxBatch, Capacity = capacity }),
        TimeProvider.System,
        NullLogger<BufferedPersonalDataReadLog>.Instance);

    private sealed class CountingStore : IPersonalDataReadStore
    {
        private readonly InMemoryPersonalDataReadStore _inner = new();

        public int Appends { get; private set; }

        public bool FailNext { get; set; }

        public Task AppendAsync(IReadOnlyList<LearnerRead> reads, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new IOException("storage down");
            }

            Appends++;
            return _inner.AppendAsync(reads, cancellationToken);
        }

        public Task<Page<PersonalDataRead>> PageAsync(string learner, PageRequest page, CancellationToken cancellationToken) =>
            _inner.PageAsync(learner, page, cancellationToken);

        public Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => _inner.DeleteBeforeAsync(cutoff, cancellationToken);
    }
}
