using NationalRecognition.Contracts;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.Infrastructure;
using Orleans.TestingHost;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// In-memory storage and reminders for the workflow tests that are about behaviour, not persistence;
/// the outbox retries quickly so that recovery tests finish in seconds.
/// </summary>
public sealed class WorkflowSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Recognition);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.AddRecognitionWorkflow();
        WorkflowTestSettings.Apply(siloBuilder.Services);
    }
}
