using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// A projector that polls often, so that tests waiting for the read models finish quickly; and the test clock, so that
/// the dates the tests are written against hold whatever day they run.
/// </summary>
internal static class WorkflowTestSettings
{
    public static void Apply(IServiceCollection services)
    {
        services.Configure<ProjectorOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(20));
        services.AddSingleton<TimeProvider>(TestClock.Instance);
    }
}
