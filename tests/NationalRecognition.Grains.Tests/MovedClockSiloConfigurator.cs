using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Hosting.LocalMode.Privacy;
using NationalRecognition.Hosting.LocalMode.ReadModels;
using Orleans.TestingHost;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The workflow on the moved-clock cluster: its own in-memory event log (so that events stamped by a moved clock reach
/// no other test's read models), the <see cref="MovableClock"/> and the catalogue of versions with a later amendment.
/// </summary>
public sealed class MovedClockSiloConfigurator : ISiloConfigurator
{
    private static readonly InMemoryEventLog Log = new(MovableClock.Instance);

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddPlatformEventLog(_ => Log);
        siloBuilder.Services.AddInMemoryReadModels(_ => Log);
        siloBuilder.Services.AddInMemoryPrivacyStores(_ => Log);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.AddRecognitionWorkflow();
        WorkflowTestSettings.Apply(siloBuilder.Services);

        // Registered after the workflow's defaults, so that these are the ones the grains receive.
        siloBuilder.Services.AddSingleton<TimeProvider>(MovableClock.Instance);
        siloBuilder.Services.AddSingleton(MovedClockClusterFixture.Versions());
    }
}
