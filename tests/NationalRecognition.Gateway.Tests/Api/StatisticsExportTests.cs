using System.Net;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>GET /statistics.csv: the same view as the API, with the same parameters, gates and suppression.</summary>
public sealed class StatisticsExportTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task The_csv_holds_the_same_figures_as_the_api_for_the_same_filters()
    {
        var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        for (var i = 0; i < 5; i++)
        {
            var iin = TestIdentities.NewIin();
            await world.Learner(iin).Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"CSV-{Guid.NewGuid():N}"[..14])) });
        }

        await factory.CatchUpAsync();
        // An administrator's figures are exact (an analyst's would be perturbed, the same in the API and the CSV: one answer).
        var administrator = ApiSession.As(client, ActorRole.PlatformAdministrator);
        var api = await administrator.Run(Operations.NationalStatistics, new { facet = "MOOC_PLATFORM", filter = new { institutionBin = world.Bin }, groupBy = new[] { "REGION", "FACET_VALUE" } });

        var (status, type, body) = await administrator.Get($"/statistics.csv?facet=MOOC_PLATFORM&institutionBin={world.Bin}&groupBy=REGION,FACET_VALUE");

        Assert.Equal((HttpStatusCode.OK, "text/csv"), (status, type));
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var columns = lines[0].Split(',');
        var row = Assert.Single(lines.Skip(1)).Split(',');
        var cell = Assert.Single(api["nationalStatistics"]!["cells"]!.AsArray())!;
        Assert.Equal(("AstanaCity", "Coursera", (int)cell["applications"]!), (row[Array.IndexOf(columns, "region")], row[Array.IndexOf(columns, "facetValue")],
            int.Parse(row[Array.IndexOf(columns, "applications")], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(5, (int)cell["applications"]!);
    }

    [Theory]
    [InlineData(ActorRole.Learner)]
    [InlineData(ActorRole.Registrar)]
    [InlineData(ActorRole.Anonymous)]
    public async Task Callers_other_than_analysts_and_administrators_are_forbidden(ActorRole role)
    {
        var client = factory.CreateClient();
        var session = role == ActorRole.Anonymous ? ApiSession.Anonymous(client) : ApiSession.As(client, role, bin: TestIdentities.NewBin(), iin: TestIdentities.NewIin());

        var (status, _, _) = await session.Get("/statistics.csv");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task An_analyst_of_one_ministry_asking_for_the_other_is_forbidden()
    {
        var analyst = ApiSession.As(factory.CreateClient(), ActorRole.MinistryAnalyst, ministry: "ScienceAndHigherEducation");

        var (status, _, _) = await analyst.Get("/statistics.csv?ministry=ENLIGHTENMENT");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("groupBy=NOWHERE", "groupBy")]
    [InlineData("monthFrom=September", "monthFrom")]
    [InlineData("region=7", "region")]
    public async Task A_parameter_that_does_not_read_is_a_bad_request_naming_it(string query, string parameter)
    {
        var analyst = ApiSession.As(factory.CreateClient(), ActorRole.MinistryAnalyst);

        var (status, _, body) = await analyst.Get($"/statistics.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"'{parameter}'", body, StringComparison.Ordinal);
    }
}
