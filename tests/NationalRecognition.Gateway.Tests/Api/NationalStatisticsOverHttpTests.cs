using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>The statistics through HTTP, as analysts read them: the drill-down, the sector limit and suppression.</summary>
public sealed class NationalStatisticsOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task An_analyst_drills_down_from_the_ministry_to_the_region_to_the_institution()
    {
        var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        await SubmitAsync(world, 6);
        await factory.CatchUpAsync();
        var analyst = ApiSession.As(client, ActorRole.MinistryAnalyst, ministry: "ScienceAndHigherEducation");

        var data = await analyst.Run(Operations.NationalStatistics, new
        {
            filter = new { region = "ASTANA_CITY", institutionBin = world.Bin },
            groupBy = new[] { "MINISTRY", "REGION", "INSTITUTION" },
        });

        var view = data["nationalStatistics"]!;
        Assert.Equal("SCIENCE_AND_HIGHER_EDUCATION", (string)view["sector"]!);
        var cell = Assert.Single(view["cells"]!.AsArray())!;
        Assert.Equal(("SCIENCE_AND_HIGHER_EDUCATION", "ASTANA_CITY", world.Bin),
            ((string)cell["ministry"]!, (string)cell["region"]!, (string)cell["institutionBin"]!));

        // One stored row of six: published within the table's ±2 (docs/security.md), or hidden when that shows under five.
        var applications = (int?)cell["applications"];
        Assert.True(applications is null or (>= 5 and <= 8), $"{applications}");
        Assert.Equal(applications, (int?)cell["submitted"]);
        Assert.Equal(applications is null, (bool)cell["suppressed"]!);
    }

    [Fact]
    public async Task An_institution_with_one_application_is_suppressed_for_analysts()
    {
        var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        await SubmitAsync(world, 1);
        await factory.CatchUpAsync();

        var data = await ApiSession.As(client, ActorRole.MinistryAnalyst).Run(Operations.NationalStatistics, new
        {
            filter = new { institutionBin = world.Bin },
            groupBy = new[] { "INSTITUTION" },
        });

        // Published as 0, 1 or 2: no cell at all (zero), or a hidden one.
        var cell = data["nationalStatistics"]!["cells"]!.AsArray().SingleOrDefault();
        if (cell is not null)
        {
            Assert.True((bool)cell["suppressed"]!);
            Assert.Null(cell["applications"]);
        }
    }

    private static async Task SubmitAsync(ApiWorld world, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var iin = TestIdentities.NewIin();
            await world.Learner(iin).Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"STAT-{Guid.NewGuid():N}"[..14])) });
        }
    }
}
