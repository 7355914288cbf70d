using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.Projections;

namespace NationalRecognition.Grains.Tests;

/// <summary>A projector that polls often, so that tests waiting for the read models finish quickly.</summary>
internal static class WorkflowTestSettings
{
    public static void Apply(IServiceCollection services) =>
        services.Configure<ProjectorOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(20));
}
