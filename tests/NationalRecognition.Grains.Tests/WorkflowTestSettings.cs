using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Tests;

/// <summary>Short outbox periods for tests only: production keeps reminders at a minute or more.</summary>
internal static class WorkflowTestSettings
{
    public static void Apply(IServiceCollection services)
    {
        services.Configure<WorkflowOptions>(o =>
        {
            o.OutboxReminderPeriod = TimeSpan.FromSeconds(3);
            o.OutboxRetryDelay = TimeSpan.FromMilliseconds(500);
        });
        services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        services.AddSingleton<IOutgoingGrainCallFilter>(DeliveryGate.Filter);
    }
}
