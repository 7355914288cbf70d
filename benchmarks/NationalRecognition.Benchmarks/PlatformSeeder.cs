using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// Seeds the platform through its API: each step of benchmarks/payloads/seed runs the documented operation
/// (docs/examples/&lt;operation&gt;.graphql) with its variables, as the step's role of the institution it names.
/// </summary>
public sealed class PlatformSeeder(GraphQLClient graphQL, StandInTokens tokens)
{
    public async Task Seed(string seedDirectory, string operationsDirectory, TextWriter log)
    {
        foreach (var file in Directory.GetFiles(seedDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var step = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
            var operation = (string)step["operation"]!;
            var role = (string)step["role"]!;
            var variables = step["variables"]!;
            var bin = (string)variables["bin"]!;
            var query = await File.ReadAllTextAsync(Path.Combine(operationsDirectory, operation + ".graphql"));
            var token = await tokens.Issue($"bench-{role.ToLowerInvariant()}-{bin}", role, bin: bin);
            await graphQL.Run(GraphQLClient.Body(query, variables), token);
            await log.WriteLineAsync($"seeded: {operation} as {role} of {bin}");
        }
    }
}
