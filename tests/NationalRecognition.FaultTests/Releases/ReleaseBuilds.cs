using System.Diagnostics;
using System.Globalization;
using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Releases;

/// <summary>
/// Builds a release from the repository's history as the images are built (docker/Dockerfile: <c>dotnet publish
/// -c Release</c> of the silo and the gateway), into a cache folder named after the commit
/// (<c>$TMPDIR/nationalrecognition-releases/&lt;commit&gt;</c>, or <c>NR_RELEASE_CACHE</c>), so a second run on the same
/// machine reuses it. The source is exported with <c>git archive</c> (the clone's worktrees and index are untouched) and
/// deleted once published; a failed build keeps its folder and logs, which the error names.
/// </summary>
public static class ReleaseBuilds
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(20);

    /// <summary>Where built releases are kept.</summary>
    public static string CacheRoot =>
        Environment.GetEnvironmentVariable("NR_RELEASE_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "nationalrecognition-releases");

    /// <summary>The release's published silo and gateway, built now unless the cache holds them.</summary>
    public static async Task<PlatformBuild> GetAsync(PreviousRelease release, PhaseLog log)
    {
        await release.VerifyInHistoryAsync();
        var folder = Path.Combine(CacheRoot, release.Commit);
        if (File.Exists(Path.Combine(folder, "built")))
        {
            log.Info($"{release.Tag} ({release.Commit[..12]}) is built in {folder}");
            return Programs(folder, release);
        }

        var staging = $"{folder}.building-{Guid.NewGuid():N}";
        var source = Path.Combine(staging, "source");
        var logs = Path.Combine(staging, "logs");
        Directory.CreateDirectory(source);
        Directory.CreateDirectory(logs);
        log.Info($"building {release.Tag} ({release.Commit[..12]}) in {staging}");
        var started = Stopwatch.StartNew();
        var archive = Path.Combine(staging, "source.tar");
        await RunAsync("git-archive", "git", ["-C", BuildOutputs.RepositoryRoot, "archive", "--format=tar", "-o", archive, release.Commit], staging, logs);
        await RunAsync("untar", "tar", ["-xf", archive, "-C", source], staging, logs);
        await PublishAsync("publish-silo", Path.Combine(source, release.SiloProject), Path.Combine(staging, "silo"), logs);
        await PublishAsync("publish-gateway", Path.Combine(source, release.GatewayProject), Path.Combine(staging, "gateway"), logs);
        Directory.Delete(source, recursive: true);
        File.Delete(archive);
        await File.WriteAllTextAsync(Path.Combine(staging, "built"),
            $"{release.Tag} {release.Commit} built {DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)} in {started.Elapsed}\n");
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, "built")))
        {
            // Another run built the same commit meanwhile: use theirs.
            Directory.Delete(staging, recursive: true);
        }

        log.Info($"built {release.Tag} in {started.Elapsed.TotalSeconds:0} s into {folder}");
        return Programs(folder, release);
    }

    private static PlatformBuild Programs(string folder, PreviousRelease release)
    {
        var gateway = Path.Combine(folder, "gateway", Path.GetFileNameWithoutExtension(release.GatewayProject) + ".dll");
        return new PlatformBuild(
            "old",
            Path.Combine(folder, "silo", Path.GetFileNameWithoutExtension(release.SiloProject) + ".dll"),
            gateway,
            PlatformBuild.ReadsMembershipTable(gateway));
    }

    private static Task PublishAsync(string name, string project, string output, string logs) =>
        RunAsync(name, DotnetHost, ["publish", project, "-c", "Release", "-p:UseAppHost=false", "-o", output, "-nologo", "-nodeReuse:false"],
            Path.GetDirectoryName(project)!, logs);

    private static async Task RunAsync(string name, string program, IEnumerable<string> arguments, string workingDirectory, string logs)
    {
        var startInfo = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test runs under `dotnet test`, whose MSBuild settings would otherwise leak into the release's build.
        foreach (var key in startInfo.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        using var step = ChildProcess.Start(name, startInfo, logs);
        var exitCode = await step.Exited.WaitAsync(StepTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Building the previous release: {name} exited with {exitCode}.{Environment.NewLine}{step.Tail()}");
        }
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
