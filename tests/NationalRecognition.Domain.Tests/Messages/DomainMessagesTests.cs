using System.Globalization;
using System.Text.RegularExpressions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using Xunit;

namespace NationalRecognition.Domain.Tests.Messages;

public sealed partial class DomainMessagesTests
{
    [Fact]
    public void Every_refusal_is_written_in_Kazakh_Russian_and_English_with_the_same_placeholders() =>
        CatalogueCompleteness.AssertComplete(DomainMessages.Catalogue);

    [Fact]
    public void Every_error_code_has_a_general_message()
    {
        var missing = Enum.GetValues<DomainErrorCode>().Where(code => !DomainMessages.Catalogue.Contains(DomainMessages.KeyOf(code)));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_message_key_the_code_raises_is_in_the_catalogue()
    {
        var root = RepositoryRoot();
        var used = new[] { "src", "tools" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => MessageKey().Matches(File.ReadAllText(path)).Select(match => $"{match.Groups[1].Value} ({Path.GetFileName(path)})"))
            .ToList();
        Assert.NotEmpty(used);

        var unknown = used.Where(usage => !DomainMessages.Catalogue.Contains(usage.Split(' ')[0]));

        Assert.Empty(unknown);
    }

    [Fact]
    public void A_refusal_reads_in_Kazakh()
    {
        var text = DomainMessages.Catalogue.Render(Message.Of("application.sayWhyApplication"), CultureInfo.GetCultureInfo("kk-KZ"));

        Assert.Equal("Өтінішті кері қайтарып алу себебін көрсетіңіз.", text);
    }

    [Fact]
    public void A_refusal_reads_in_Russian_with_the_plural_its_number_takes()
    {
        var message = Message.Of("application.applicationCountDocument", ("count", 2), ("index", 5));

        Assert.Equal(
            "В заявлении 2 документа; документа с номером 5 нет.",
            DomainMessages.Catalogue.Render(message, CultureInfo.GetCultureInfo("ru")));
    }

    [Fact]
    public void A_reader_of_another_language_reads_English()
    {
        var text = DomainMessages.Catalogue.Render(Message.Of("application.sayWhyApplication"), CultureInfo.GetCultureInfo("fr-FR"));

        Assert.Equal("Say why the application is withdrawn.", text);
    }

    [Fact]
    public void A_key_not_yet_written_in_the_reader_s_language_reads_in_English()
    {
        var catalogue = new MessageCatalogue(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["k"] = "In English {n}." },
            ["kk"] = new Dictionary<string, string>(),
        });

        Assert.Equal("In English 3.", catalogue.Render(Message.Of("k", ("n", 3)), MessageLanguages.Kazakh));
    }

    [Fact]
    public void A_missing_translation_fails_the_completeness_check()
    {
        var catalogue = new MessageCatalogue(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["k"] = "{n} items." },
            ["ru"] = new Dictionary<string, string> { ["k"] = "{n, plural, one {# элемент} other {# элемента}}." },
            ["kk"] = new Dictionary<string, string>(),
        });

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CatalogueCompleteness.AssertComplete(catalogue));

        Assert.Contains("k: no kk text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("lacks few, many", failure.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NationalRecognition.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NationalRecognition.sln) is not above the test's directory.");
    }

    [GeneratedRegex("""Message\.Of\(\s*"([^"]+)"[,)]""")]
    private static partial Regex MessageKey();
}
