using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Releases;

/// <summary>
/// The release before this tree, as <c>releases/previous</c> names it: its tag (for people), its commit (what counts:
/// a clone may carry no tags) and where its silo and gateway projects are in that commit.
/// </summary>
public sealed record PreviousRelease(string Tag, string Commit, string SiloProject, string GatewayProject)
{
    /// <summary>The file, relative to the repository root.</summary>
    public const string FilePath = "releases/previous";

    /// <summary>Reads <c>releases/previous</c>: lines of "key value"; '#' starts a comment.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or lacks a key.</exception>
    public static PreviousRelease Read()
    {
        var path = Path.Combine(BuildOutputs.RepositoryRoot, FilePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} does not exist: it names the previous release that the upgrade test builds.");
        }

        var values = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty, StringComparer.Ordinal);
        string Value(string key) => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"{path} has no '{key}' line.");
        return new PreviousRelease(Value("tag"), Value("commit"), Value("silo"), Value("gateway"));
    }

    /// <summary>
    /// A documented example operation (docs/examples) as the previous release wrote it: a client talking to that
    /// release's gateway during a roll can only use the fields its schema had.
    /// </summary>
    /// <exception cref="InvalidOperationException">The release's tree has no such example.</exception>
    public async Task<string> ExampleAsync(string name)
    {
        var shown = await Git.RunAsync(BuildOutputs.RepositoryRoot, "show", $"{Commit}:docs/examples/{name}.graphql");
        return shown.ExitCode == 0
            ? shown.Output
            : throw new InvalidOperationException($"The previous release {Tag} ({Commit}) has no docs/examples/{name}.graphql.");
    }

    /// <summary>
    /// Fails — never skips — when this clone's history lacks the commit (a shallow clone), saying how to fetch it, and
    /// when a local tag of that name points elsewhere (the file and the tag disagree about what "previous" is).
    /// </summary>
    /// <exception cref="InvalidOperationException">Not a git clone, the commit is missing, or the tag disagrees.</exception>
    public async Task VerifyInHistoryAsync()
    {
        var root = BuildOutputs.RepositoryRoot;
        if ((await Git.RunAsync(root, "rev-parse", "--git-dir")).ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{root} is not a git clone: the upgrade test builds the previous release ({Tag}, {Commit}) from the repository's history.");
        }

        if ((await Git.RunAsync(root, "cat-file", "-e", $"{Commit}^{{commit}}")).ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The previous release {Tag} (commit {Commit}, named in {FilePath}) is not in this clone's history, so the upgrade " +
                "test cannot build it. A shallow clone lacks it: fetch the history (git fetch --unshallow; in CI, a checkout " +
                $"with the full history), or at least that commit (git fetch origin {Commit}) or its tag (git fetch origin tag {Tag}).");
        }

        var tagged = await Git.RunAsync(root, "rev-parse", "-q", "--verify", $"refs/tags/{Tag}^{{commit}}");
        if (tagged.ExitCode == 0 && !string.Equals(tagged.Output.Trim(), Commit, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The tag {Tag} points at {tagged.Output.Trim()}, but {FilePath} says the previous release is {Commit}: correct one of them.");
        }
    }
}
