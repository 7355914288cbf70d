using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Documents;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// The platform's own clients send the same documents with different variables, so the transport's cache of validated
/// documents (tested on its own in tests/NationalRecognition.GraphQLOverHttp.Tests) serves them after the first.
/// </summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public async Task Learners_submissions_skip_validation_after_the_first()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var payloads = RepositoryPaths.File("benchmarks", "payloads");
        var document = await File.ReadAllTextAsync(Path.Combine(payloads, "submit-application.graphql"));
        var input = await File.ReadAllTextAsync(Path.Combine(payloads, "submit-input.json"));

        for (var learner = 0; learner < 3; learner++)
        {
            var iin = NationalRecognition.Testing.TestIdentities.NewIin();
            var variables = JsonNode.Parse(input.Replace("__IIN__", iin, StringComparison.Ordinal)
                .Replace("__KEY__", $"key-{learner}", StringComparison.Ordinal).Replace("__CERTIFICATE__", $"C-{learner}", StringComparison.Ordinal));
            await ApiSession.As(client, ActorRole.Learner, iin: iin)
                .SendRaw(document, new JsonObject { ["input"] = variables });
        }

        var cache = factory.Services.GetRequiredService<ValidatedDocumentCache>();
        Assert.Equal(2, cache.Hits);
        Assert.DoesNotContain("__", document, StringComparison.Ordinal); // the harness fills placeholders in: variables only
        Assert.False(await VariableDependentComplexity.InAsync(GraphQLParser.Parser.Parse(document), CancellationToken.None));
    }
}
