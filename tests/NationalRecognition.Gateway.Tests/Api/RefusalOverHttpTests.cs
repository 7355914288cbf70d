using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>Refusals reach the client as GraphQL errors with the code, field and clause a person can act on.</summary>
public sealed class RefusalOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task Invalid_BIN_is_a_validation_error_naming_the_check_digit()
    {
        var registrar = ApiSession.As(factory.CreateClient(), ActorRole.PlatformAdministrator);

        var error = await registrar.Refused(Operations.RegisterInstitution, new
        {
            bin = "230440000120",
            input = new { names = new { kazakh = "a", russian = "b", english = "c" }, kinds = new[] { "TVET" }, region = "ABAI" },
        });

        Assert.Equal("VALIDATION", (string)error["extensions"]!["code"]!);
        Assert.Contains("check digit", (string)error["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Udemy_certificate_is_a_rule_violation_of_clause_10_4()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();

        var error = await world.Learner(iin).Refused(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, "U-1", platform: "Udemy")) });

        Assert.Equal(("RULE_VIOLATION", "10.4"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["clause"]!));
    }

    [Fact]
    public async Task Application_after_the_period_started_is_deadline_passed_under_clause_13()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();

        var error = await world.Learner(iin).Refused(Operations.SubmitApplication,
            new { input = world.Application(iin, ApiWorld.Coursera(iin, "D-1"), period: ApiWorld.StartedPeriod) });

        Assert.Equal(("DEADLINE_PASSED", "13"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["clause"]!));
    }

    [Fact]
    public async Task Institution_without_a_Commission_cannot_receive_applications()
    {
        var world = await ApiWorld.Create(factory.CreateClient(), withCommission: false);
        var iin = TestIdentities.NewIin();

        var error = await world.Learner(iin).Refused(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, "N-1")) });

        Assert.Equal(("RULE_VIOLATION", "11"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["clause"]!));
    }

    [Fact]
    public async Task Second_decision_is_an_invalid_transition()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var id = await world.SubmittedAndCompared(TestIdentities.NewIin());
        await world.ChairSession.Run(Operations.DecideApplication, new { id, input = ApiWorld.Recognise });

        var error = await world.ChairSession.Refused(Operations.DecideApplication, new { id, input = ApiWorld.Recognise });

        Assert.Equal("INVALID_TRANSITION", (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Same_idempotency_key_with_other_content_is_a_conflict()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var learner = world.Learner(iin);
        await learner.Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, "K-1"), key: "k") });

        var error = await learner.Refused(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, "K-2"), key: "k") });

        Assert.Equal("CONFLICT", (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Another_learner_cannot_read_the_application_and_learns_nothing_about_it()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var id = await world.SubmittedAndCompared(iin);

        var error = await world.Learner(TestIdentities.NewIin()).Refused(Operations.Application, new { id });

        Assert.Equal("FORBIDDEN", (string)error["extensions"]!["code"]!);
        Assert.DoesNotContain(iin, error.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_discipline_names_the_field()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        var error = await world.Learner(iin).Refused(Operations.SubmitApplication, new
        {
            input = new
            {
                learnerIin = iin,
                learnerName = "A",
                institutionBin = world.Bin,
                programmeCode = "6B06101",
                academicPeriodId = ApiWorld.OpenPeriod,
                unitCodes = new[] { "NO-SUCH" },
                documents = new[] { new { certificate = ApiWorld.Coursera(iin, "F-1") } },
                addressedTo = ApiWorld.Chair,
                idempotencyKey = "f",
            },
        });

        Assert.Equal(("NOT_FOUND", "unitCodes[0]"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["field"]!));
    }
}
