using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The exchange's certificate feed: a result per record, idempotent by certificate number and by batch key, a bad
/// record never failing its batch, every certificate an event of the log.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class CertificateFeedTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task A_new_record_is_accepted_as_version_1_of_a_verified_registry_certificate()
    {
        var record = Feed.Record();

        var batch = await Feed.Send(fixture.Grains, record);

        var result = Assert.Single(batch.Results);
        Assert.Equal((FeedOutcome.Accepted, 1, Feed.KeyOf(record)), (result.Outcome, result.Version, result.RegistryKey));
        var held = await fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(record)).Get(Actors.Administrator);
        Assert.Equal(CertificateSource.VerifiedByIssuer, held!.Source);
        Assert.Equal(("Data analysis with SQL and Python", 72m, Certificates.DataAnalyst, "Astana IT training centre"),
            (held.Certificate.Appendix.Single().Name, held.Certificate.Appendix.Single().Hours, held.Certificate.InDemandProfession, held.Certificate.TrainingProvider));
    }

    [Fact]
    public async Task The_same_batch_sent_twice_under_its_key_answers_the_same_results_without_a_second_write()
    {
        var key = Guid.NewGuid().ToString("N");
        CertificateFeedRecord[] records = [Feed.Record(), Feed.Record(iin: "900101300801")];

        var first = await Feed.Send(fixture.Grains, key, records);
        var again = await Feed.Send(fixture.Grains, key, records);

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.Results, again.Results);
        Assert.Equal(1, (await fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(records[0])).Get(Actors.Administrator))!.Version);
    }

    [Fact]
    public async Task The_same_record_in_a_second_batch_is_unchanged()
    {
        var record = Feed.Record();
        await Feed.Send(fixture.Grains, record);

        var second = await Feed.Send(fixture.Grains, record);

        Assert.Equal((FeedOutcome.Unchanged, 1), (second.Results.Single().Outcome, second.Results.Single().Version));
    }

    [Fact]
    public async Task A_changed_record_is_updated_as_the_next_version_with_the_earlier_in_history()
    {
        var record = Feed.Record();
        await Feed.Send(fixture.Grains, record);

        var changed = await Feed.Send(fixture.Grains, record with { Grade = "92%" });

        Assert.Equal((FeedOutcome.Updated, 2), (changed.Results.Single().Outcome, changed.Results.Single().Version));
        var held = await fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(record)).Get(Actors.Administrator);
        Assert.Equal(92m, held!.Certificate.Appendix.Single().Grade!.Value);
        Assert.Equal(87m, held.History!.Single().Certificate.Appendix.Single().Grade!.Value);
    }

    [Fact]
    public async Task A_batch_key_reused_with_other_records_is_a_conflict()
    {
        var key = Guid.NewGuid().ToString("N");
        await Feed.Send(fixture.Grains, key, Feed.Record());

        await Refusal.Expect(() => Feed.Send(fixture.Grains, key, Feed.Record()), DomainErrorCode.Conflict);
    }

    [Fact]
    public async Task A_record_replayed_by_the_batch_that_wrote_it_answers_as_it_did_then()
    {
        // A batch that wrote some records and then failed is retried: the records it already wrote answer as before.
        var record = Feed.Record();
        var first = await Feed.Send(fixture.Grains, record);
        var certificate = fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(record));
        var held = (await certificate.Get(Actors.Administrator))!.Certificate;
        var batchKey = CertificateFeedKeys.Batch(Actors.Exchange.SubjectId, first.IdempotencyKey);

        var replay = await certificate.RegisterFromFeed(0, held, batchKey, Actors.Exchange);
        var otherBatch = await certificate.RegisterFromFeed(0, held, "another-batch", Actors.Exchange);

        Assert.Equal((FeedOutcome.Accepted, FeedOutcome.Unchanged), (replay.Outcome, otherBatch.Outcome));
    }

    [Fact]
    public async Task Two_records_of_one_certificate_in_a_batch_are_applied_in_the_batch_order()
    {
        var record = Feed.Record();

        var batch = await Feed.Send(fixture.Grains, record, record with { Grade = "B+" });

        Assert.Equal([FeedOutcome.Accepted, FeedOutcome.Updated], batch.Results.Select(r => r.Outcome));
        Assert.Equal("B+", (await fixture.Grains.GetGrain<ICertificateGrain>(Feed.KeyOf(record)).Get(Actors.Administrator))!.Certificate.Appendix.Single().Grade!.Letter);
    }

    public static TheoryData<string, string, string?> BadRecords => new()
    {
        { "bad-iin", "learnerIin", null },
        { "missing-grade", "grade", "10" },
        { "unreadable-grade", "grade", "10" },
        { "unknown-profession", "professionCode", "10.3" },
        { "no-volume", "hours", "10" },
        { "future-issue-date", "issueDate", "10" },
        { "bad-issue-date", "issueDate", null },
        { "missing-number", "number", "10" },
        { "missing-provider", "trainingProvider", "10" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task A_bad_record_is_rejected_with_its_field_and_the_rest_of_the_batch_goes_through(string bad, string field, string? clause)
    {
        var good = Feed.Record();
        var record = Feed.Record();
        record = bad switch
        {
            "bad-iin" => record with { LearnerIin = "900101300801" },
            "missing-grade" => record with { Grade = null },
            "unreadable-grade" => record with { Grade = "excellent-ish" },
            "unknown-profession" => record with { ProfessionCode = "0000-0-00" },
            "no-volume" => record with { Hours = null, Credits = null },
            "future-issue-date" => record with { IssueDate = "2099-01-01" },
            "bad-issue-date" => record with { IssueDate = "20/06/2025" },
            "missing-number" => record with { Number = " " },
            "missing-provider" => record with { TrainingProvider = null },
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var batch = await Feed.Send(fixture.Grains, good, record);

        Assert.Equal(FeedOutcome.Accepted, batch.Results[0].Outcome);
        var rejected = batch.Results[1];
        Assert.Equal((1, FeedOutcome.Rejected, field), (rejected.Index, rejected.Outcome, rejected.Field));
        if (clause is not null)
        {
            Assert.Equal(clause, rejected.Clause);
        }

        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
    }

    [Fact]
    public async Task A_record_for_a_profession_on_another_years_list_is_rejected_citing_clause_10_3()
    {
        // The welder is on the 2025 list; 2017's list does not have it.
        await fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2017).Publish([Professions.DataAnalyst], Actors.Exchange);

        var batch = await Feed.Send(fixture.Grains, Feed.Record(profession: Professions.Welder, issued: "2017-05-10"), Feed.Record(profession: Professions.Welder));

        Assert.Equal((FeedOutcome.Rejected, "10.3", "professionCode"), (batch.Results[0].Outcome, batch.Results[0].Clause, batch.Results[0].Field));
        Assert.Contains("2017", batch.Results[0].Reason, StringComparison.Ordinal);
        Assert.Equal(FeedOutcome.Accepted, batch.Results[1].Outcome);
    }

    [Fact]
    public async Task A_record_of_a_year_without_a_list_is_rejected_citing_clause_10_3()
    {
        var batch = await Feed.Send(fixture.Grains, Feed.Record(issued: "2002-03-01"));

        Assert.Equal((FeedOutcome.Rejected, "10.3"), (batch.Results.Single().Outcome, batch.Results.Single().Clause));
    }

    [Fact]
    public async Task A_batch_of_more_than_1000_records_is_refused_whole()
    {
        var records = Enumerable.Range(0, CertificateFeedKeys.MaxBatchSize + 1).Select(_ => Feed.Record()).ToArray();

        await Refusal.Expect(() => Feed.Send(fixture.Grains, records), DomainErrorCode.Validation);
    }

    [Fact]
    public async Task Only_the_feed_or_an_administrator_sends_certificates()
    {
        var learner = Actors.Learner(TestIdentities.NewIin());
        var key = Guid.NewGuid().ToString("N");
        var batch = fixture.Grains.GetGrain<ICertificateFeedGrain>(CertificateFeedKeys.Batch(learner.SubjectId, key));

        await Refusal.Expect(() => batch.Submit(key, [Feed.Record()], learner), DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task Each_certificate_and_each_batch_is_an_event_of_the_log()
    {
        var record = Feed.Record();
        var key = Guid.NewGuid().ToString("N");
        await Feed.Send(fixture.Grains, key, record);
        await Feed.Send(fixture.Grains, record with { Hours = 80m });

        var events = await SharedEventLog.Instance.ReadStreamAsync($"certificate/{Feed.KeyOf(record)}", CancellationToken.None);
        Assert.Equal(["CertificateRegistered", "CertificateUpdated"], events.Select(e => e.EventType));
        Assert.All(events, e => Assert.Equal("ExchangeFeed", e.Role));
        var batches = await SharedEventLog.Instance.ReadStreamAsync(
            $"certificatefeed/{CertificateFeedKeys.Batch(Actors.Exchange.SubjectId, key)}", CancellationToken.None);
        Assert.Equal("CertificateFeedBatchReceived", Assert.Single(batches).EventType);
    }

    [Fact]
    public async Task A_stream_batch_recorded_under_its_key_of_before_the_namespacing_answers_its_retry_from_that_record()
    {
        var stream = Guid.NewGuid().ToString("N");
        CertificateFeedRecord[] records = [Feed.Record(), Feed.Record()];
        var sentBefore = await Feed.Send(fixture.Grains, $"{stream}/0", records);

        var retriedAfter = await Feed.Send(fixture.Grains, CertificateFeedKeys.StreamBatch(stream, 0), records);

        Assert.True(retriedAfter.Replayed);
        Assert.Equal(sentBefore.Results, retriedAfter.Results);
        Assert.All(retriedAfter.Results, r => Assert.Equal(FeedOutcome.Accepted, r.Outcome));
    }

    [Fact]
    public async Task A_stream_batch_with_other_records_than_its_key_of_before_recorded_is_a_conflict()
    {
        var stream = Guid.NewGuid().ToString("N");
        await Feed.Send(fixture.Grains, $"{stream}/3", Feed.Record());

        await Refusal.Expect(() => Feed.Send(fixture.Grains, CertificateFeedKeys.StreamBatch(stream, 3), Feed.Record()), DomainErrorCode.Conflict);
    }

    [Fact]
    public async Task A_batch_key_without_a_stream_batch_number_never_reads_another_batchs_record()
    {
        var key = Guid.NewGuid().ToString("N");
        await Feed.Send(fixture.Grains, $"{key}/0", Feed.Record());

        var other = await Feed.Send(fixture.Grains, $"{key} x", Feed.Record());

        Assert.False(other.Replayed);
        Assert.Null(CertificateFeedKeys.LegacyStreamBatch($"{key}/0"));
    }
}
