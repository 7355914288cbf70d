namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "NationalRecognition.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"NationalRecognition.sln not found above {AppContext.BaseDirectory}.");
    }
}
