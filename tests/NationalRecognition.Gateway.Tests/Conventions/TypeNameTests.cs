using System.Text.RegularExpressions;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Conventions;

/// <summary>
/// One name per concept: no two types of <c>src/</c> share a simple name, so that a name read in a log line, a stack
/// trace or a review says which type it is without its namespace. Read from the sources (the processes' assemblies
/// cannot all be loaded into one test): top-level types only — nested types are read through their outer type,
/// <c>file</c>-local types are invisible outside their file, and generated code (obj/) is not ours. A partial type
/// declared in several files is one type.
/// </summary>
public sealed partial class TypeNameTests
{
    [Fact]
    public void No_two_types_in_src_share_a_simple_name()
    {
        var types = SourceTypes();
        var shared = types
            .GroupBy(type => type.Name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(type => type.FullName).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            shared.Count == 0,
            "Types in src/ that share a simple name (rename one so that each name says what it is):\n" + string.Join("\n", shared));
    }

    [Fact]
    public void The_name_check_reads_the_types_of_every_project_in_src()
    {
        var namespaces = SourceTypes().Select(type => type.Namespace).ToList();

        Assert.All(
            Directory.GetDirectories(RepositoryPaths.File("src")).Select(Path.GetFileName),
            project => Assert.Contains(namespaces, ns => ns == project || ns.StartsWith(project + ".", StringComparison.Ordinal)));
    }

    private static List<(string Namespace, string Name, string FullName)> SourceTypes() =>
        Directory.EnumerateFiles(RepositoryPaths.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .SelectMany(path => Declarations(File.ReadAllText(path)))
            .Distinct()
            .ToList();

    // File-scoped namespaces are the rule (IDE0161 fails the build otherwise), so a top-level type starts its line.
    private static IEnumerable<(string Namespace, string Name, string FullName)> Declarations(string source)
    {
        var ns = NamespaceDeclaration().Match(source) is { Success: true } match ? match.Groups[1].Value : "";
        return TopLevelType().Matches(source).Select(type => (ns, type.Groups[1].Value, $"{ns}.{type.Groups[1].Value}"));
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar) is var parts && (parts.Contains("obj") || parts.Contains("bin") || parts.Contains("node_modules"));

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|partial|readonly|ref|unsafe)\s+)*(?:class|struct|interface|enum|record)(?:\s+(?:class|struct))?\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
