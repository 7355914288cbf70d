using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Languages;

/// <summary>Refusals that say how to put things right: which role is needed, that signing in is, which field in the caller's terms.</summary>
public sealed class GuidanceOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    private const string Statistics = "query { nationalStatistics { suppressionThreshold } }";

    [Fact]
    public async Task A_forbidden_field_names_the_roles_that_may_use_it()
    {
        var learner = ApiSession.As(factory.CreateClient(), ActorRole.Learner, iin: TestIdentities.NewIin());

        var error = await learner.Refused(Statistics);

        Assert.Equal("FORBIDDEN", (string)error["extensions"]!["code"]!);
        Assert.Equal(["MINISTRY_ANALYST", "PLATFORM_ADMINISTRATOR"], error["extensions"]!["requiredRoles"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(
            "The role LEARNER may not use this field; it needs one of these roles: MINISTRY_ANALYST, PLATFORM_ADMINISTRATOR.",
            (string)error["message"]!);
    }

    [Fact]
    public async Task A_forbidden_field_names_the_roles_in_Russian_too()
    {
        var learner = ApiSession.As(factory.CreateClient(), ActorRole.Learner, iin: TestIdentities.NewIin()).InLanguage("ru");

        var error = await learner.Refused(Statistics);

        Assert.Equal(
            "Роль LEARNER не может использовать это поле; нужна одна из ролей: MINISTRY_ANALYST, PLATFORM_ADMINISTRATOR.",
            (string)error["message"]!);
    }

    [Fact]
    public async Task Personal_data_without_a_token_is_unauthenticated_not_forbidden()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var id = await world.SubmittedAndCompared(TestIdentities.NewIin());

        var error = await ApiSession.Anonymous(factory.CreateClient()).Refused(Operations.Application, new { id });

        Assert.Equal(("UNAUTHENTICATED", "TOKEN_MISSING"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["reason"]!));
        Assert.StartsWith("Sign in", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_field_is_named_as_the_GraphQL_input_names_it()
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var id = await world.SubmittedAndCompared(TestIdentities.NewIin());
        var decision = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiWorld.Recognise))!.AsObject();
        decision["protocol"]!["membersPresent"] = new JsonArray("Nobody Known");

        var error = await world.ChairSession.Refused(Operations.DecideApplication, new { id, input = decision });

        Assert.Equal("protocol.membersPresent", (string)error["extensions"]!["field"]!);
    }
}
