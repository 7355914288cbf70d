using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;
using Orleans.TestingHost;

namespace NationalRecognition.Grains.Tests.Privacy;

/// <summary>Stores what every silo's buffer holds (what the flush interval does), and reads a learner's record back.</summary>
internal static class ReadRecords
{
    public static async Task FlushAsync(TestCluster cluster)
    {
        foreach (var silo in cluster.Silos.Cast<InProcessSiloHandle>())
        {
            await silo.SiloHost.Services.GetRequiredService<BufferedPersonalDataReadLog>().FlushAsync(CancellationToken.None);
        }
    }

    public static async Task<IReadOnlyList<PersonalDataRead>> OfAsync(WorkflowClusterFixture fixture, string iin)
    {
        await FlushAsync(fixture.Cluster);
        var page = await fixture.Grains.GetGrain<IPersonalDataReadsGrain>(LearnerKeys.For(iin)).GetPage(new PageRequest(100), Actors.Learner(iin));
        return page.Items;
    }
}
