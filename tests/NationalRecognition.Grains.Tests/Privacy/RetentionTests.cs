using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Hosting.LocalMode.Privacy;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>Retention per record kind: read records are deleted, data keys shredded, once their period has passed.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly RetentionOptions Options = new() { ReadRecords = TimeSpan.FromDays(1000), SealedPersonalFields = TimeSpan.FromDays(365) };

    [Fact]
    public async Task Read_records_older_than_their_period_are_deleted_and_younger_ones_kept()
    {
        var reads = new InMemoryPersonalDataReadStore();
        await reads.AppendAsync([Read("learner-a", Now.AddDays(-1001)), Read("learner-a", Now.AddDays(-999))], CancellationToken.None);

        var result = await RetentionRun.RunAsync(Options, reads, new InMemoryLearnerKeyStore(), Now, CancellationToken.None);

        Assert.Equal(1, result.ReadRecordsDeleted);
        Assert.Equal(Now.AddDays(-999), Assert.Single((await reads.PageAsync("learner-a", new PageRequest(10), CancellationToken.None)).Items).At);
    }

    [Fact]
    public async Task A_key_unused_for_longer_than_its_period_is_shredded_and_a_recently_used_one_kept()
    {
        var keys = new InMemoryLearnerKeyStore();
        var idle = await keys.GetOrCreateAsync("learner-idle", Now.AddDays(-366), CancellationToken.None);
        var active = await keys.GetOrCreateAsync("learner-active", Now.AddDays(-366), CancellationToken.None);
        await keys.GetOrCreateAsync("learner-active", Now.AddDays(-10), CancellationToken.None);
        var sealedText = PersonalDataCipher.Seal(idle, "010101500123");

        var result = await RetentionRun.RunAsync(Options, new InMemoryPersonalDataReadStore(), keys, Now, CancellationToken.None);

        Assert.Equal(1, result.KeysShredded);
        Assert.Null(await PersonalFields.OpenAsync(keys, sealedText, CancellationToken.None));
        Assert.NotNull((await keys.FindAsync([active.KeyId], CancellationToken.None))[active.KeyId]);
    }

    [Fact]
    public async Task Retention_periods_shorter_than_a_day_are_refused()
    {
        var options = new RetentionOptions { ReadRecords = TimeSpan.FromHours(1) };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RetentionRun.RunAsync(options, new InMemoryPersonalDataReadStore(), new InMemoryLearnerKeyStore(), Now, CancellationToken.None));
    }

    private static LearnerRead Read(string learner, DateTimeOffset at) =>
        new(learner, at, "registrar@1", ActorRole.Registrar, "1", PersonalDataReads.Application, "app");
}
