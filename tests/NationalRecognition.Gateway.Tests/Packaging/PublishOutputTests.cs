using System.Diagnostics;
using System.Text.Json.Nodes;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Packaging;

/// <summary>
/// What the client-only gateway's image holds: its publish output (<c>dotnet publish</c>, as docker/Dockerfile runs it)
/// carries nothing of a silo — no Orleans server package, no grains, no storage of ours, no silo hosting — no database
/// driver (it finds the silos through their configured gateway endpoints, ADR 0011) and no demo data, which belong to
/// NationalRecognition.Gateway.CoHosted.
/// </summary>
public sealed class PublishOutputTests
{
    // Microsoft.Orleans.Server has no assembly of its own (it is Orleans.Runtime, Orleans.Persistence.Memory and the
    // SDK): its mark in an output is Orleans.Persistence.Memory, and the package in the dependency list. Orleans.Runtime
    // (and Orleans.Reminders) alone are no silo: the Orleans Dashboard's pages, which the gateway serves to
    // administrators, need them. The demo data lives in NationalRecognition.Gateway.CoHosted.dll.
    private static readonly string[] ForbiddenAssemblies =
    [
        "NationalRecognition.Grains.dll",
        "NationalRecognition.Persistence.dll",
        "NationalRecognition.Hosting.dll",
        "NationalRecognition.Gateway.CoHosted.dll",
        "Orleans.Persistence.Memory.dll",
        "Orleans.Clustering.AdoNet.dll",
        "Orleans.Reminders.AdoNet.dll",
        "Orleans.Hosting.Kubernetes.dll",
    ];

    private static readonly string[] ForbiddenPackages =
    [
        "Microsoft.Orleans.Server",
        "Microsoft.Orleans.Persistence.Memory",
        "Microsoft.Orleans.Clustering.AdoNet",
        "Microsoft.Orleans.Reminders.AdoNet",
        "Microsoft.Orleans.Hosting.Kubernetes",
        "Npgsql",
        "Npgsql.OpenTelemetry",
    ];

    [Fact]
    public async Task The_client_only_gateway_publishes_no_silo_no_storage_no_database_driver_and_no_demo_data()
    {
        var output = Directory.CreateTempSubdirectory("gateway-publish-");
        try
        {
            // --no-build: the test command builds the solution first; publishing then only lays out what was built.
            var project = RepositoryPaths.File("src", "NationalRecognition.Gateway", "NationalRecognition.Gateway.csproj");
            var publish = await DotnetAsync("publish", project, "-c", BuildConfiguration(), "--no-build", "-nologo", "-o", output.FullName);
            Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{publish.Output}");

            var files = output.GetFiles().Select(file => file.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.Contains("NationalRecognition.Gateway.dll", files);
            Assert.Contains("Orleans.Core.dll", files);
            foreach (var assembly in ForbiddenAssemblies)
            {
                Assert.DoesNotContain(assembly, files);
            }

            Assert.DoesNotContain(files, file => file.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));

            var packages = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "NationalRecognition.Gateway.deps.json")))!
                ["libraries"]!.AsObject().Select(library => library.Key.Split('/')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.Contains("Microsoft.Orleans.Core", packages);
            foreach (var package in ForbiddenPackages)
            {
                Assert.DoesNotContain(package, packages);
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_gateway_assembly_holds_no_demo_data()
    {
        var demoTypes = typeof(Program).Assembly.GetTypes()
            .Where(type => type.Namespace?.Split('.').Contains("Demo", StringComparer.Ordinal) == true || type.Name.StartsWith("Demo", StringComparison.Ordinal));

        Assert.Empty(demoTypes);
    }

    /// <summary>Release or Debug: whichever this test assembly was built with (tests/X/bin/{Configuration}/net10.0/).</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static async Task<(int ExitCode, string Output)> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
