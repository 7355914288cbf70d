using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.CoHosted.Demo;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>
/// Every example of docs/examples runs with its variables file, as the token line of the example says, against a
/// fresh local-mode gateway with its demo data: what a newcomer pastes into GraphiQL works.
/// </summary>
public sealed partial class ExampleVariablesTests
{
    /// <summary>The order a newcomer can follow: reads first, then changes that build on one another.</summary>
    private static readonly string[] Order =
    [
        "platform", "reference-data", "schema-root-types", "in-demand-professions", "institution", "national-statistics",
        "certificate", "application", "application-trail", "learner-applications", "learner-personal-data", "institution-applications", "commission-queue", "audit-log",
        "me", "institution-role-holders",
        "register-institution", "set-academic-period", "upsert-programme", "establish-commission", "reconstitute-commission", "correct-commission-member-identities",
        "onboard-institution", "grant-role", "revoke-role",
        "submit-application", "start-review", "record-comparison", "decide-application", "withdraw-application",
        "register-verified-certificate", "publish-in-demand-professions", "feed-certificates",
    ];

    [Fact]
    public void Every_example_has_a_variables_file_and_a_token_line()
    {
        var examples = Directory.GetFiles(RepositoryPaths.File("docs", "examples"), "*.graphql").Select(Path.GetFileNameWithoutExtension).Order().ToArray();

        Assert.Equal(examples, Order.Order().ToArray());
        Assert.All(examples, name =>
        {
            Assert.True(File.Exists(RepositoryPaths.File("docs", "examples", $"{name}.variables.json")), $"{name}.variables.json is missing");
            Assert.Matches(TokenLine(), File.ReadAllText(RepositoryPaths.File("docs", "examples", $"{name}.graphql")));
        });
    }

    [Fact]
    public async Task Every_example_runs_with_its_variables_against_the_demo_data()
    {
        await using var factory = new DemoGatewayFactory();
        var client = factory.CreateClient();
        await factory.Services.GetServices<IHostedService>().OfType<DemoDataSeeder>().Single().ExecuteTask!;

        foreach (var name in Order)
        {
            var document = await File.ReadAllTextAsync(RepositoryPaths.File("docs", "examples", $"{name}.graphql"));
            // Exactly as documented: the hand-made cases happened on DemoData.HandMadeDay, the examples' audit-log day and protocol date.
            var variables = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.File("docs", "examples", $"{name}.variables.json")));

            var (status, body) = await SessionFor(client, document).SendRaw(document, variables);

            Assert.True(status == HttpStatusCode.OK && JsonNode.Parse(body)?["errors"] is null, $"{name}: {(int)status} {body}");
            if (name == "audit-log")
            {
                // The documented day is the day of the hand-made cases: their records are there to read.
                Assert.True(JsonNode.Parse(body)!["data"]!["auditLog"]!["totalCount"]!.GetValue<int>() > 0, $"{name}: {body}");
            }
        }
    }

    /// <summary>The session the example's "# Token:" line asks for (none: anonymous).</summary>
    private static ApiSession SessionFor(HttpClient client, string document)
    {
        var line = TokenLine().Match(document).Groups["arguments"].Value;
        string? Option(string name) => Regex.Match(line, $@"--{name} (\S+)", RegexOptions.CultureInvariant) is { Success: true } match ? match.Groups[1].Value : null;
        if (Option("role") is not { } name)
        {
            // No role: a person's token (its subject one of the demo people), or none at all.
            return Option("sub") is { } subject
                ? new ApiSession(client, new Gateway.Security.LocalTokenIssuer(new Gateway.Security.GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey }, TimeProvider.System)
                    .Issue(subject, null, TimeSpan.FromHours(1), iin: Option("iin")))
                : ApiSession.Anonymous(client);
        }

        // The subject the token command gives (demo members' identities for staff, the IIN's pseudonym for learners).
        var role = Enum.Parse<ActorRole>(name);
        var values = new Dictionary<string, string>();
        foreach (var option in new[] { "bin", "iin", "ministry" })
        {
            if (Option(option) is { } value)
            {
                values[option] = value;
            }
        }

        var token = new Gateway.Security.LocalTokenIssuer(new Gateway.Security.GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey }, TimeProvider.System)
            .Issue(Gateway.Security.LocalTokenCommand.DefaultSubject(role, values), role, TimeSpan.FromHours(1), Option("bin"), Option("iin"), Option("ministry"));
        return new ApiSession(client, token);
    }

    [GeneratedRegex(@"^# Token: (none \(public\)\.|bash scripts/token\.sh (?<arguments>[^\n]*?))\s+Variables: [a-z-]+\.variables\.json$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TokenLine();

    /// <summary>The gateway as <c>bash scripts/run.sh</c> starts it: local mode with its demo data.</summary>
    private sealed class DemoGatewayFactory : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Recognition:Demo:Enabled", "true");
        }
    }
}
