using System.Diagnostics;

namespace NationalRecognition.FaultTests.Releases;

/// <summary>Runs a git command in the repository and returns its exit code and output.</summary>
internal static class Git
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string repository, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add("-C");
        startInfo.ArgumentList.Add(repository);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var git = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start git.");
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();
        return (git.ExitCode, await output + await error);
    }
}
