using NationalRecognition.Domain.Messages;
using Xunit;

namespace NationalRecognition.Domain.Tests.Messages;

/// <summary>
/// What every message catalogue must satisfy, so that a missing translation fails a test rather than reaching a reader:
/// every key written in Kazakh, Russian and English, the same placeholders in each, every template well-formed, and each
/// plural with the forms its language needs (Russian one, few, many and other; English one and other; Kazakh other).
/// </summary>
public static class CatalogueCompleteness
{
    public static void AssertComplete(MessageCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var keys = MessageLanguages.All.SelectMany(catalogue.Keys).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in MessageLanguages.All)
            {
                if (catalogue.Template(language, key) is not { } template)
                {
                    problems.Add($"{key}: no {language} text");
                    continue;
                }

                IReadOnlyList<MessageFormat.Placeholder> placeholders;
                try
                {
                    placeholders = MessageFormat.Placeholders(template);
                }
                catch (FormatException exception)
                {
                    problems.Add($"{key} ({language}): {exception.Message}");
                    continue;
                }

                foreach (var plural in placeholders.Where(p => p.Kind == "plural"))
                {
                    var missing = PluralRules.Required(language).Except(plural.Forms, StringComparer.Ordinal).ToList();
                    if (missing.Count > 0)
                    {
                        problems.Add($"{key} ({language}): the plural of {{{plural.Name}}} lacks {string.Join(", ", missing)}");
                    }
                }

                signatures[language] = string.Join(",", placeholders.Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            }

            if (signatures.Values.Distinct(StringComparer.Ordinal).Count() > 1)
            {
                problems.Add($"{key}: placeholders differ: {string.Join("; ", signatures.Select(s => $"{s.Key} [{s.Value}]"))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
