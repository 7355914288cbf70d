using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Testing;
using Npgsql;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Retry safety on PostgreSQL's own write path, with real faults between the silo and the database: a write the
/// database never received leaves no change behind, one it committed while its answer was lost is retried to the same
/// answer, and either way the caller is told to retry (the storage-outage answer) and the change is stored once.
/// </summary>
[Collection(PostgreSqlOutageCollection.Name)]
public sealed class RetrySafetyOnPostgreSqlTests(PostgreSqlOutageFixture fixture)
{
    [Fact]
    public async Task A_write_PostgreSQL_never_received_answers_retry_leaves_no_change_and_the_retry_applies_it_once()
    {
        var campus = await Campus.Open(fixture.Grains);
        var institution = fixture.Grains.GetGrain<IInstitutionGrain>(campus.Bin);
        var period = new AcademicPeriodInfo("2031-spring", "Spring 2031", new DateOnly(2031, 1, 20), new DateOnly(2031, 5, 30));

        fixture.Outage.Cut();
        var outage = await Record.ExceptionAsync(() => institution.SetAcademicPeriod(period, Actors.Registrar(campus.Bin)));
        fixture.Outage.Restore();

        AssertSaysRetry(outage);
        Assert.DoesNotContain(await institution.GetAcademicCalendar(), p => p.Id == period.Id);
        Assert.Equal(0, await EventsAsync(StreamOf(institution), "AcademicPeriodSet", period.Id));
        await UntilAnsweredAsync(() => institution.SetAcademicPeriod(period, Actors.Registrar(campus.Bin)), "the retried academic period");
        Assert.Single(await institution.GetAcademicCalendar(), p => p.Id == period.Id);
        Assert.Equal(1, await EventsAsync(StreamOf(institution), "AcademicPeriodSet", period.Id));
    }

    [Fact]
    public async Task A_review_PostgreSQL_committed_but_whose_answer_was_lost_is_retried_to_the_same_answer()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var submitted = await campus.Submit(command);
        var application = campus.ApplicationOf(command);
        var stream = StreamOf(application);

        fixture.Outage.LoseAnswers();
        var lost = application.StartReview(Actors.Chair(campus.Bin), submitted.Version);
        await Eventually.TrueAsync(async () => await EventsAsync(stream, "ApplicationReviewStarted") == 1,
            "PostgreSQL to commit the review whose answer is being lost");
        fixture.Outage.Cut();
        var outage = await Record.ExceptionAsync(() => lost);
        fixture.Outage.Restore();

        AssertSaysRetry(outage);
        var retried = await UntilAnsweredAsync(() => application.StartReview(Actors.Chair(campus.Bin), submitted.Version), "the retried review");
        Assert.Equal((ApplicationStatus.UnderReview, submitted.Version + 1), (retried.Status, retried.Version));
        Assert.Equal(1, await EventsAsync(stream, "ApplicationReviewStarted"));
    }

    [Fact]
    public async Task A_grain_that_cannot_read_its_state_as_it_activates_answers_retry()
    {
        // A grain never called before: the call activates it, and its state read is the one that fails.
        var institution = fixture.Grains.GetGrain<IInstitutionGrain>(TestIdentities.NewBin());

        fixture.Outage.Cut();
        var outage = await Record.ExceptionAsync(institution.GetProfile);
        fixture.Outage.Restore();

        // Orleans answers a failed activation itself, wrapping what the storage threw; the wrapped exception must be
        // one that crosses the wire (not Npgsql's, which arrives as "could not find a codec").
        Assert.True(Wrapped<StorageUnavailableException>(outage),
            $"Expected the storage-outage answer inside the activation failure, got {outage?.GetType().FullName ?? "success"}: {outage}");
        Assert.Null(await UntilAnsweredAsync(institution.GetProfile, "the profile read after the outage"));
    }

    /// <summary>The answer to a call whose write failed tells the caller to retry (the gateway makes it UNAVAILABLE).</summary>
    private static void AssertSaysRetry(Exception? outage) =>
        Assert.True(outage is StorageUnavailableException or AuditUnavailableException,
            $"Expected the storage-outage answer, got {outage?.GetType().FullName ?? "success"}: {outage?.Message}");

    private static bool Wrapped<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Retries as a client does until the call is answered: the pool's connections broken by the outage fail first.</summary>
    private static Task<T> UntilAnsweredAsync<T>(Func<Task<T>> call, string what) => Eventually.Reach(call, _ => true, what);

    private static string StreamOf(IAddressable grain) => StateKey.Of(grain.GetGrainId()).StreamId;

    /// <summary>Events of a type in the stream, read straight from the database (not through the proxy).</summary>
    private async Task<long> EventsAsync(string stream, string eventType, string? payloadContains = null)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM recognition_events WHERE stream_id = @stream AND event_type = @type AND (@text::text IS NULL OR payload::text LIKE '%' || @text || '%')",
            connection);
        count.Parameters.AddWithValue("stream", stream);
        count.Parameters.AddWithValue("type", eventType);
        count.Parameters.Add(new NpgsqlParameter("text", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)payloadContains ?? DBNull.Value });
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
