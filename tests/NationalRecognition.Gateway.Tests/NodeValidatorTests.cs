using System.Diagnostics;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// graphql-js, an implementation independent of GraphQL.NET, accepts docs/schema.graphql and validates every
/// docs/examples/*.graphql against it (tools/graphql-validate).
/// </summary>
public sealed class NodeValidatorTests
{
    private static readonly string ToolDirectory = RepositoryPaths.File("tools", "graphql-validate");

    [Fact]
    public async Task Schema_and_examples_pass_graphql_js_validation()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "graphql")))
        {
            var install = await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error");
            Assert.True(install.ExitCode == 0, $"npm ci failed:\n{install.Output}");
        }

        var validation = await RunAsync("node", "validate.mjs");

        Assert.True(validation.ExitCode == 0, $"graphql-js validation failed:\n{validation.Output}");
        Assert.Contains(": 0 error(s)", validation.Output);
    }

    [Fact]
    public void Examples_exist()
    {
        Assert.NotEmpty(Directory.GetFiles(RepositoryPaths.File("docs", "examples"), "*.graphql"));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
