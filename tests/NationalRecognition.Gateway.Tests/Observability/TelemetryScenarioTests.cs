using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.Telemetry;
using NationalRecognition.Persistence;
using NationalRecognition.ServiceDefaults.Logging;
using NationalRecognition.Testing;
using Npgsql;
using OpenTelemetry.Metrics;

namespace NationalRecognition.Gateway.Tests.Observability;

/// <summary>
/// One recognition over HTTP against PostgreSQL, with the telemetry exporters captured: the trace of a submission runs
/// from HTTP through GraphQL and the grain calls down to the SQL statement that commits it, the projector's batch links
/// back to it, the business meters move, the scrape endpoint serves them, and nothing exported names the learner.
/// </summary>
public sealed class TelemetryScenarioTests : ThrowAwayDatabases
{
    [Fact]
    public async Task A_submission_is_one_trace_from_HTTP_to_SQL_the_projector_links_to_it_and_nothing_exported_names_the_learner()
    {
        var database = await NewDatabaseAsync("telemetry");
        await new SchemaMigrator(database).MigrateAsync(CancellationToken.None);
        await using var factory = new TelemetryGatewayFactory(database);
        using var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        var iin = TestIdentities.NewIin();
        var certificate = $"C-{Guid.NewGuid():N}";
        var learner = world.Learner(iin);

        var submitted = await learner.Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, certificate)) });
        var id = (string)submitted["submitApplication"]!["id"]!;
        await world.ChairSession.Run(Operations.StartReview, new { id });
        await world.ChairSession.Run(Operations.RecordComparison, new { id, input = ApiWorld.FullMatch });
        await world.ChairSession.Run(Operations.DecideApplication, new { id, input = ApiWorld.Recognise });
        await learner.Run(Operations.LearnerApplications, new { iin, first = 10 });
        await learner.Run($"{{ learner(iin: \"{iin}\") {{ applications {{ totalCount }} }} }}");
        await world.ChairSession.Refused(Operations.LearnerApplications, new { iin });
        await learner.Refused(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"U-{certificate}", platform: "Udemy")) });
        await factory.Services.GetRequiredService<ProjectorService>().CatchUpAsync(CancellationToken.None);

        // The submission's trace: HTTP server span → GraphQL operation → grain calls → the SQL that commits the events.
        // A span is exported when it ends, and the server's span ends after the client has its answer: wait until the
        // commit's chain of parents reaches the HTTP span, rather than read the spans at a moment that may be too early.
        // Listeners are process-wide: other tests' hosts running beside this one export their submissions here too, so
        // the submission is the one whose trace committed to this test's own database.
        var databaseName = new NpgsqlConnectionStringBuilder(database).Database!;
        var (graphQL, http, commit, trace) = await Eventually.Reach(() => Task.FromResult(SubmissionTrace(factory.Captured.SpansSnapshot(), databaseName)),
            t => t.Commit is not null && t.Http is not null && Ancestors(t.Commit, t.Trace).LastOrDefault()?.SpanId == t.Http.SpanId,
            "the submission's trace to be exported from the HTTP span down to the SQL commit");
        Assert.NotNull(graphQL);
        Assert.NotNull(http);
        Assert.NotNull(commit);
        Assert.Single(trace, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Assert.Equal(http.SpanId, graphQL.ParentSpanId);
        var chain = Ancestors(commit, trace).ToList();
        var grainServer = chain.FindIndex(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server);
        var grainClient = chain.FindIndex(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Client);
        Assert.True(grainServer >= 0 && grainClient > grainServer, $"The commit's ancestors: {string.Join(" ← ", chain.Select(s => s.DisplayName))}");
        Assert.Equal(graphQL.SpanId, chain[^2].SpanId);
        Assert.Equal(http.SpanId, chain[^1].SpanId);
        var spans = factory.Captured.SpansSnapshot();

        // Nothing that no request began is traced (timers, the dashboard's polling, membership heartbeats).
        Assert.All(spans.Where(s => s.ParentSpanId == default), root => Assert.Contains(root.Source.Name, (string[])["Microsoft.AspNetCore", ProjectorTelemetry.SourceName]));

        // The projector's batch that applied the submission is linked to the submission's trace.
        await Eventually.TrueAsync(() => factory.Captured.SpansSnapshot().Any(s => s.Source.Name == ProjectorTelemetry.SourceName
            && s.Links.Any(link => link.Context.TraceId == graphQL.TraceId)), "a projector batch linked to the submission's trace");

        // The business meters moved.
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var metrics = factory.Captured.Metrics.ToList();
        Assert.Contains(metrics, m => m.Name == "recognition.applications.submitted" && Sum(m) >= 1);
        Assert.Contains(metrics, m => m.Name == "recognition.decisions" && HasTag(m, "outcome", "Recognised"));
        Assert.Contains(metrics, m => m.Name == "recognition.refusals" && HasTag(m, "clause", "10.4"));

        // The scrape endpoint serves Orleans', ASP.NET Core's and the platform's meters — to the operator only, since this
        // gateway hosts a silo and its business meters are exact counts.
        var (status, _, text) = await ApiSession.As(client, ActorRole.PlatformAdministrator).Get("/metrics");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("orleans_", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("recognition_applications_submitted", text, StringComparison.Ordinal);

        // Nothing exported names the learner, the chair or the certificate.
        string[] personal = [iin, "Aigerim Sultanova", ApiWorld.Chair, "Dana Seitova", certificate];
        var exported = factory.Captured.AllText().ToList();
        Assert.NotEmpty(factory.Captured.LogLines);
        var leaking = exported.Where(line => personal.Any(p => line.Contains(p, StringComparison.Ordinal))).Select(PersonalDataRedactor.Redact).ToList();
        Assert.True(leaking.Count == 0, $"{leaking.Count} exported items carry personal data:\n{string.Join('\n', leaking.Take(5))}");
    }

    /// <summary>
    /// The SubmitApplication operation's trace that committed events to <paramref name="databaseName"/>, as exported so
    /// far: its GraphQL span, the HTTP server span, the SQL command that wrote its events, and every span of the trace;
    /// until that commit is exported, the traces of every SubmitApplication seen (the explanation when the wait times out).
    /// </summary>
    private static SubmissionSpans SubmissionTrace(IReadOnlyList<Activity> spans, string databaseName)
    {
        var submissions = spans.Where(s => s.Source.Name == "GraphQL" && s.DisplayName == "mutation SubmitApplication").OrderBy(s => s.StartTimeUtc).ToList();
        foreach (var graphQL in submissions)
        {
            var trace = spans.Where(s => s.TraceId == graphQL.TraceId).ToList();
            var commit = trace.FirstOrDefault(s => s.Source.Name == "Npgsql"
                && s.TagObjects.Any(t => t.Value is string sql && sql.Contains("INSERT INTO recognition_events", StringComparison.Ordinal))
                && s.TagObjects.Any(t => t.Value is string value && value.Contains(databaseName, StringComparison.Ordinal)));
            if (commit is not null)
            {
                return new(graphQL, trace.FirstOrDefault(s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server), commit, trace);
            }
        }

        return new(null, null, null, [.. submissions.SelectMany(graphQL => spans.Where(s => s.TraceId == graphQL.TraceId))]);
    }

    private static IEnumerable<Activity> Ancestors(Activity span, IReadOnlyList<Activity> trace)
    {
        for (var parent = trace.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent is not null;
             parent = trace.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
        {
            yield return parent;
        }
    }

    private static long Sum(MetricSnapshot metric)
    {
        long sum = 0;
        foreach (var point in metric.MetricPoints)
        {
            sum += point.GetSumLong();
        }

        return sum;
    }

    private static bool HasTag(MetricSnapshot metric, string key, string value)
    {
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                if (tag.Key == key && Equals(tag.Value, value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed record SubmissionSpans(Activity? GraphQL, Activity? Http, Activity? Commit, IReadOnlyList<Activity> Trace)
    {
        public override string ToString() =>
            Trace.Count == 0 ? "no SubmitApplication span" : string.Join(", ", Trace.Select(s => $"{s.Source.Name}:{s.DisplayName}"));
    }
}
