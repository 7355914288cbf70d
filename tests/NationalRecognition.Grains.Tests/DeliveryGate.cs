using System.Collections.Concurrent;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Listings;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Test-only fault injection on the outbox path: holds back an application's notifications to the listings
/// (after its state is written) and records on which silo the application was, so that a test can kill that
/// silo at exactly the moment the workflow must survive. Silos of a test cluster share this process.
/// </summary>
public sealed class DeliveryGate
{
    private readonly ConcurrentDictionary<Guid, Hold> _holds = new();

    public static DeliveryGate Instance { get; } = new();

    internal static IOutgoingGrainCallFilter Filter { get; } = new GateFilter();

    /// <summary>Holds deliveries of this application; the task completes with its silo once one is held.</summary>
    public Task<SiloAddress> HoldDeliveries(Guid applicationId) => _holds.GetOrAdd(applicationId, _ => new Hold()).Held.Task;

    /// <summary>Lets held deliveries through and stops holding.</summary>
    public void Release(Guid applicationId)
    {
        if (_holds.TryRemove(applicationId, out var hold))
        {
            hold.Released.TrySetResult();
        }
    }

    private sealed class Hold
    {
        public TaskCompletionSource<SiloAddress> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class GateFilter : IOutgoingGrainCallFilter
    {
        public async Task Invoke(IOutgoingGrainCallContext context)
        {
            if (context.Request.GetInterfaceType().IsAssignableTo(typeof(IApplicationListing))
                && context.Request.GetArgument(0) is ApplicationSummary summary
                && Instance._holds.TryGetValue(summary.Id, out var hold)
                && context.SourceContext?.Address.SiloAddress is { } silo)
            {
                // Only the first silo's deliveries are held: a survivor's retry goes through.
                if (hold.Held.TrySetResult(silo) || hold.Held.Task.Result.Equals(silo))
                {
                    await hold.Released.Task;
                }
            }

            await context.Invoke();
        }
    }
}
