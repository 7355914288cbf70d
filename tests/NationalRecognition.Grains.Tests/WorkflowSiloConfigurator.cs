using NationalRecognition.Hosting.LocalMode.Privacy;
using Orleans.TestingHost;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The workflow over the in-memory event log shared by the silos of the test cluster, for the tests that are
/// about behaviour, not persistence.
/// </summary>
public sealed class WorkflowSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddPlatformEventLog(_ => new StorageFaults(SharedEventLog.Instance));
        SharedEventLog.AddReadModels(siloBuilder.Services);
        siloBuilder.Services.AddInMemoryPrivacyStores(_ => SharedEventLog.Instance);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.AddRecognitionWorkflow();
        WorkflowTestSettings.Apply(siloBuilder.Services);
    }
}
