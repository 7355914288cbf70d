using NationalRecognition.Contracts.Common;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>The whole recognition through HTTP only, as its users do it.</summary>
public sealed class EndToEndScenarioTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task Coursera_certificate_is_recognised_and_the_learner_reads_the_decision_back()
    {
        var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        var iin = TestIdentities.NewIin();
        var learner = world.Learner(iin);

        var submitted = await learner.Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, "COURSERA-7Q2X9")) });
        var id = (string)submitted["submitApplication"]!["id"]!;
        await world.ChairSession.Run(Operations.StartReview, new { id });
        var compared = await world.ChairSession.Run(Operations.RecordComparison, new { id, input = ApiWorld.FullMatch });
        var decided = await world.ChairSession.Run(Operations.DecideApplication, new { id, input = ApiWorld.Recognise });
        await factory.CatchUpAsync();
        var mine = await learner.Run(Operations.LearnerApplications, new { iin, first = 10 });
        var application = await learner.Run(Operations.Application, new { id });

        Assert.Equal("SUBMITTED", (string)submitted["submitApplication"]!["status"]!);
        Assert.True((bool)compared["recordComparison"]!["comparisons"]![0]!["coverageComplete"]!);
        Assert.Equal("RECOGNISED", (string)decided["decideApplication"]!["status"]!);
        var node = mine["learner"]!["applications"]!["edges"]![0]!["node"]!;
        Assert.Equal((id, "RECOGNISED"), ((string)node["id"]!, (string)node["status"]!));
        Assert.Equal("Test University", (string)node["institution"]!["names"]!["english"]!);
        var unit = application["application"]!["decision"]!["units"]![0]!;
        Assert.Equal((5m, "A-"), ((decimal)unit["credits"]!, (string)unit["letter"]!));
        Assert.Equal(
            ["ApplicationSubmitted", "ApplicationReviewStarted", "ComparisonRecorded", "ApplicationDecided"],
            application["application"]!["auditTrail"]!.AsArray().Select(a => (string)a!["action"]!).ToArray());
    }

    [Fact]
    public async Task Public_profile_calendar_catalogue_and_Commission_are_readable_without_a_token()
    {
        var world = await ApiWorld.Create(factory.CreateClient());

        var data = await Support.ApiSession.Anonymous(world.Client).Run(Operations.Institution, new { bin = world.Bin });

        var institution = data["institution"]!;
        Assert.Equal(["SCIENCE_AND_HIGHER_EDUCATION"], institution["ministries"]!.AsArray().Select(m => (string)m!).ToArray());
        Assert.Equal("KZ-71", (string)institution["region"]!["isoCode"]!);
        Assert.Equal(ApiWorld.Chair, (string)institution["commission"]!["chair"]!["name"]!);
        Assert.Equal(2, institution["academicCalendar"]!.AsArray().Count);
    }

    [Fact]
    public async Task Reference_data_lists_both_rule_versions_and_twenty_regions()
    {
        var data = await Support.ApiSession.Anonymous(factory.CreateClient()).Run(Operations.ReferenceData);

        Assert.Equal(2, data["ruleVersions"]!.AsArray().Count);
        Assert.Equal(20, data["regions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Commission_queue_loads_every_application_of_the_page_in_one_batch()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        for (var i = 0; i < 3; i++)
        {
            var iin = TestIdentities.NewIin();
            await world.Learner(iin).Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"Q-{i}-{Guid.NewGuid():N}")) });
        }

        await factory.CatchUpAsync();
        using var batches = new LoaderBatches("applications");
        var data = await world.ChairSession.Run(Operations.CommissionQueue, new { bin = world.Bin, period = ApiWorld.OpenPeriod, first = 10 });

        var edges = data["institution"]!["commission"]!["queue"]!["edges"]!.AsArray();
        Assert.Equal(3, edges.Count);
        Assert.All(edges, e => Assert.Equal("Aigerim Sultanova", (string)e!["node"]!["application"]!["learnerName"]!));
        Assert.Equal([3], batches.Sizes);
    }

    [Fact]
    public async Task Reconstitution_shows_both_compositions_in_the_history()
    {
        var world = await ApiWorld.Create(factory.CreateClient());

        var data = await world.Head.Run(Operations.ReconstituteCommission,
            new { commissionId = world.CommissionId, input = ApiWorld.Constitution("31-НҚ", Today, "Aliya Kassymova") });

        var commission = data["reconstituteCommission"]!;
        Assert.Equal("Aliya Kassymova", (string)commission["chair"]!["name"]!);
        Assert.Equal(Today, (string)commission["history"]![0]!["inForceUntil"]!);
    }

    [Fact]
    public async Task Learner_withdraws_before_the_decision()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var learner = world.Learner(iin);
        var submitted = await learner.Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"W-{Guid.NewGuid():N}")) });

        var data = await learner.Run(Operations.WithdrawApplication, new { id = (string)submitted["submitApplication"]!["id"]!, reason = "I will take the course." });

        Assert.Equal("WITHDRAWN", (string)data["withdrawApplication"]!["status"]!);
    }

    [Fact]
    public async Task Feed_registers_a_verified_certificate_that_its_holder_attaches_by_registry_key()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var feed = Support.ApiSession.As(world.Client, ActorRole.ExchangeFeed);
        await ApiWorld.PublishProfessions(world.Client);
        var certificate = new
        {
            documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE",
            issuerKind = "ELECTRONIC_LABOUR_EXCHANGE",
            issuerName = "Enbek.kz electronic labour exchange",
            number = $"ENBEK-{Guid.NewGuid():N}",
            issueDate = "2025-05-10",
            holderName = "Aigerim Sultanova",
            holderIin = iin,
            inDemandProfession = ApiWorld.DataAnalyst,
            appendix = new[] { new { name = "Machine Learning", credits = 5, hours = 150, grade = new { kind = "PASS_FAIL", passed = true } } },
        };

        var registered = await feed.Run(Operations.RegisterVerifiedCertificate, new { input = certificate });
        var key = (string)registered["registerVerifiedCertificate"]!["key"]!;
        var submitted = await world.Learner(iin).Run(Operations.SubmitApplication, new
        {
            input = new
            {
                learnerIin = iin,
                learnerName = "Aigerim Sultanova",
                institutionBin = world.Bin,
                programmeCode = "6B06101",
                academicPeriodId = ApiWorld.OpenPeriod,
                unitCodes = new[] { "ML-3301" },
                documents = new[] { new { registryKey = key } },
                addressedTo = ApiWorld.Chair,
                idempotencyKey = "by-registry-key",
            },
        });
        var record = await feed.Run(Operations.Certificate, new { registryKey = key });

        Assert.Equal("VERIFIED_BY_ISSUER", (string)registered["registerVerifiedCertificate"]!["source"]!);
        Assert.Equal("ELECTRONIC_LABOUR_EXCHANGE", (string)submitted["submitApplication"]!["documents"]![0]!["issuerKind"]!);
        Assert.Equal(key, (string)record["certificate"]!["key"]!);
    }

    private static string Today => ApiWorld.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
