using System.Text.RegularExpressions;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Conventions;

/// <summary>
/// <c>using</c> directives in the order <c>.editorconfig</c> asks for (<c>dotnet_sort_system_directives_first</c>):
/// <c>System</c> namespaces first, then the rest, each part in ordinal order (static and alias directives are left
/// where they are). Neither the compiler nor <c>dotnet format whitespace --folder</c> checks the order (both were tried), so
/// this test is what holds it, for every C# file of the repository (src, tests, tools, benchmarks).
/// </summary>
public sealed partial class UsingOrderTests
{
    private static readonly string[] Roots = ["src", "tests", "tools", "benchmarks"];

    [Fact]
    public void Using_directives_put_system_first_then_the_rest_in_ordinal_order()
    {
        var misordered = SourceFiles()
            .Select(path => (path, usings: PlainUsings(File.ReadAllText(path))))
            .Where(file => !file.usings.SequenceEqual(Sorted(file.usings)))
            .Select(file => $"{Path.GetRelativePath(RepositoryPaths.File("."), file.path)}: expected {string.Join(", ", Sorted(file.usings))}")
            .ToList();

        Assert.True(misordered.Count == 0, "Files whose using directives are out of order (sort them: System first, then ordinal):\n" + string.Join("\n", misordered));
    }

    [Fact]
    public void The_order_check_reads_the_usings_of_every_source_root()
    {
        var withUsings = SourceFiles().Where(path => PlainUsings(File.ReadAllText(path)).Count > 0).ToList();

        Assert.All(Roots, root => Assert.Contains(withUsings, path => path.StartsWith(RepositoryPaths.File(root), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("using System.Text;\nusing Microsoft.Extensions.Logging;\nusing System.Collections;\n", false)]
    [InlineData("using Orleans;\nusing Microsoft.Extensions.Logging;\n", false)]
    [InlineData("using System.Collections;\nusing System.Text;\nusing Microsoft.Extensions.Logging;\nusing Orleans;\n", true)]
    [InlineData("using System;\nusing Microsoft.Extensions.Logging;\nusing static System.Math;\nusing Json = System.Text.Json.JsonSerializer;\n", true)]
    public void The_rule_tells_an_ordered_block_from_a_misordered_one(string usings, bool ordered)
    {
        var names = PlainUsings(usings + "\nnamespace X;\n");

        Assert.Equal(ordered, names.SequenceEqual(Sorted(names)));
    }

    private static IEnumerable<string> SourceFiles() =>
        Roots.Select(root => RepositoryPaths.File(root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "node_modules"));

    // The leading block of plain using directives (comments, blank lines and preprocessor lines may sit between them).
    private static List<string> PlainUsings(string source)
    {
        var names = new List<string>();
        foreach (var line in source.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (PlainUsing().Match(text) is { Success: true } match)
            {
                names.Add(match.Groups[1].Value);
            }
            else if (!(text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith('#')
                || text.StartsWith("using static ", StringComparison.Ordinal) || AliasUsing().IsMatch(text)))
            {
                break;
            }
        }

        return names;
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> names) =>
        names.OrderBy(name => name == "System" || name.StartsWith("System.", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal);

    [GeneratedRegex(@"^using\s+([\w.]+)\s*;\s*$")]
    private static partial Regex PlainUsing();

    [GeneratedRegex(@"^using\s+\w+\s*=")]
    private static partial Regex AliasUsing();
}
