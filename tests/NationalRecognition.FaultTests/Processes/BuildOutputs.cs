namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// Finds the built programs this test starts as processes: the same configuration and target framework as the
/// test assembly itself (bin/&lt;Configuration&gt;/&lt;tfm&gt;), so a Release test run starts Release silos. When
/// that output does not exist, the most recently built one is used and the choice is said in the error if
/// nothing is found at all.
/// </summary>
public static class BuildOutputs
{
    /// <summary>The repository root (the folder holding NationalRecognition.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Configuration of the running test assembly, e.g. "Release".</summary>
    public static string Configuration { get; } = OwnOutput().Configuration;

    /// <summary>Target framework folder of the running test assembly, e.g. "net10.0".</summary>
    public static string TargetFramework { get; } = OwnOutput().TargetFramework;

    public static string Silo => Program("src", "NationalRecognition.Silo");

    public static string Gateway => Program("src", "NationalRecognition.Gateway");

    /// <summary>The gateway with a silo in its process: local mode, as scripts/run.sh starts it.</summary>
    public static string CoHostedGateway => Program("src", "NationalRecognition.Gateway.CoHosted");

    public static string StandInIdentity => Program("tools", "NationalRecognition.StandInIdentity");

    /// <summary>The importer, <c>recognition</c> (its assembly is named after the command).</summary>
    public static string Importer => Program("tools", "NationalRecognition.Importer", "recognition");

    /// <summary>The dll of a project under <paramref name="folder"/>, built in this run's configuration if possible.</summary>
    /// <exception cref="FileNotFoundException">No build output of the project exists.</exception>
    public static string Program(string folder, string project, string? assembly = null)
    {
        assembly ??= project;
        var bin = Path.Combine(RepositoryRoot, folder, project, "bin");
        var preferred = Path.Combine(bin, Configuration, TargetFramework, assembly + ".dll");
        if (File.Exists(preferred))
        {
            return preferred;
        }

        var newest = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, assembly + ".dll", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == TargetFramework)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        return newest ?? throw new FileNotFoundException(
            $"{project} is not built: looked for {preferred} (and any {TargetFramework} output under {bin}). " +
            $"Build the solution first: dotnet build NationalRecognition.sln -c {Configuration}.", preferred);
    }

    private static (string Configuration, string TargetFramework) OwnOutput()
    {
        // AppContext.BaseDirectory is …/bin/<Configuration>/<tfm>/ for a normal build.
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = own.Parent?.Name;
        return own.Parent?.Parent?.Name == "bin" && configuration is not null
            ? (configuration, own.Name)
            : ("Release", "net10.0");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NationalRecognition.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"NationalRecognition.sln not found above {AppContext.BaseDirectory}.");
    }
}
