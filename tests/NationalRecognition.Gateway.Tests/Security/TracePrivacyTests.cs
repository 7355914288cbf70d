using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.ServiceDefaults.Logging;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>A whole recognition over HTTP leaves the learner's IIN in no log line and no trace.</summary>
public sealed class TracePrivacyTests
{
    [Fact]
    public async Task Full_scenario_leaves_no_IIN_in_logs_or_traces()
    {
        var logs = new CapturedLogs();
        var traces = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => traces.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(listener);
        await using var factory = new CapturingGatewayFactory(logs);
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var learner = world.Learner(iin);

        var id = await world.SubmittedAndCompared(iin);
        await world.ChairSession.Run(Operations.DecideApplication, new { id, input = ApiWorld.Recognise });
        await learner.Run(Operations.LearnerApplications, new { iin, first = 10 });
        await learner.Run(Operations.Application, new { id });
        // A client may put the IIN into the document itself rather than into variables.
        await learner.Run($"{{ learner(iin: \"{iin}\") {{ applications {{ totalCount }} }} }}");
        await world.ChairSession.Refused(Operations.LearnerApplications, new { iin });

        Assert.NotEmpty(traces);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(iin, StringComparison.Ordinal));
        var leaking = traces.Where(trace => trace.Contains(iin, StringComparison.Ordinal)).Select(PersonalDataRedactor.Redact).ToList();
        Assert.True(leaking.Count == 0, $"{leaking.Count} activities carry the IIN:\n{string.Join('\n', leaking.Take(5))}");
    }

    private static string Describe(Activity activity) => string.Join(" | ",
        new[] { activity.Source.Name, activity.OperationName, activity.DisplayName, activity.StatusDescription ?? string.Empty }
            .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(activity.Baggage.Select(b => $"{b.Key}={b.Value}"))
            .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Prepend(e.Name))));

    private sealed class CapturingGatewayFactory(CapturedLogs logs) : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs));
        }
    }
}
