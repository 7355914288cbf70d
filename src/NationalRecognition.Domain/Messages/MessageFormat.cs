using System.Globalization;
using System.Text;

namespace NationalRecognition.Domain.Messages;

/// <summary>
/// The template language of the catalogues, a small subset of ICU MessageFormat: <c>{name}</c> puts an argument in as
/// it is; <c>{name, number}</c> writes a number the reader's way (a decimal comma in Kazakh and Russian);
/// <c>{name, plural, one {…} few {…} many {…} other {…}}</c> picks the form <see cref="PluralRules"/> gives the number,
/// with <c>#</c> standing for it. Braces are the only special characters; apostrophes are text.
/// </summary>
public static class MessageFormat
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    /// <summary>The text of <paramref name="template"/> in <paramref name="language"/> with <paramref name="arguments"/> put in.</summary>
    /// <exception cref="FormatException">The template is malformed (the catalogue tests keep every template well-formed).</exception>
    public static string Render(string template, IReadOnlyList<MessageArgument> arguments, string language)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        var output = new StringBuilder(template.Length + 32);
        var at = 0;
        Append(template, ref at, arguments, language, output, pluralNumber: null, nested: false);
        return output.ToString();
    }

    /// <summary>Every placeholder <paramref name="template"/> names, with the plural forms it gives when it is a plural.</summary>
    public static IReadOnlyList<Placeholder> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var found = new List<Placeholder>();
        var at = 0;
        Collect(template, ref at, found, nested: false);
        return found;
    }

    /// <summary>A placeholder of a template: its argument's name, its kind (text, number, plural) and its plural forms.</summary>
    public sealed record Placeholder(string Name, string Kind, IReadOnlyList<string> Forms);

    private static void Append(
        string template, ref int at, IReadOnlyList<MessageArgument> arguments, string language, StringBuilder output, string? pluralNumber, bool nested)
    {
        while (at < template.Length)
        {
            var c = template[at];
            if (c == '}' && nested)
            {
                return;
            }

            if (c == '#' && pluralNumber is not null)
            {
                output.Append(pluralNumber);
                at++;
                continue;
            }

            if (c != '{')
            {
                output.Append(c);
                at++;
                continue;
            }

            var (name, kind) = ReadHead(template, ref at);
            var value = arguments.FirstOrDefault(argument => argument.Name == name)?.Value ?? string.Empty;
            switch (kind)
            {
                case "":
                    output.Append(value);
                    break;
                case "number":
                    output.Append(Number(value, language));
                    break;
                case "plural":
                    AppendPlural(template, ref at, arguments, language, output, value);
                    break;
                default:
                    throw new FormatException($"Unknown placeholder kind '{kind}' at {at} in: {template}");
            }

            Expect(template, ref at, '}');
        }

        if (nested)
        {
            throw new FormatException($"A plural form is not closed in: {template}");
        }
    }

    private static void AppendPlural(
        string template, ref int at, IReadOnlyList<MessageArgument> arguments, string language, StringBuilder output, string value)
    {
        var number = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
        var wanted = PluralRules.Category(language, number);
        var written = Number(value, language);
        var chosen = false;
        string? otherText = null;
        while (SkipSpaces(template, ref at) && template[at] != '}')
        {
            var form = ReadWord(template, ref at);
            SkipSpaces(template, ref at);
            Expect(template, ref at, '{');
            var branch = new StringBuilder();
            Append(template, ref at, arguments, language, branch, written, nested: true);
            Expect(template, ref at, '}');
            if (form == wanted && !chosen)
            {
                output.Append(branch);
                chosen = true;
            }
            else if (form == PluralRules.Other)
            {
                otherText = branch.ToString();
            }
        }

        if (!chosen)
        {
            output.Append(otherText ?? written);
        }
    }

    private static void Collect(string template, ref int at, List<Placeholder> found, bool nested)
    {
        while (at < template.Length)
        {
            var c = template[at];
            if (c == '}' && nested)
            {
                return;
            }

            if (c != '{')
            {
                at++;
                continue;
            }

            var (name, kind) = ReadHead(template, ref at);
            var forms = new List<string>();
            if (kind == "plural")
            {
                while (SkipSpaces(template, ref at) && template[at] != '}')
                {
                    forms.Add(ReadWord(template, ref at));
                    SkipSpaces(template, ref at);
                    Expect(template, ref at, '{');
                    Collect(template, ref at, found, nested: true);
                    Expect(template, ref at, '}');
                }
            }
            else if (kind is not ("" or "number"))
            {
                throw new FormatException($"Unknown placeholder kind '{kind}' in: {template}");
            }

            found.Add(new Placeholder(name, kind, forms));
            Expect(template, ref at, '}');
        }

        if (nested)
        {
            throw new FormatException($"A plural form is not closed in: {template}");
        }
    }

    // Reads "{name" and ", kind," (or "}" left for the caller): the name and the kind ("" for a plain placeholder).
    private static (string Name, string Kind) ReadHead(string template, ref int at)
    {
        Expect(template, ref at, '{');
        SkipSpaces(template, ref at);
        var name = ReadWord(template, ref at);
        SkipSpaces(template, ref at);
        if (at < template.Length && template[at] == '}')
        {
            return (name, string.Empty);
        }

        Expect(template, ref at, ',');
        SkipSpaces(template, ref at);
        var kind = ReadWord(template, ref at);
        SkipSpaces(template, ref at);
        if (kind == "plural")
        {
            Expect(template, ref at, ',');
        }

        return (name, kind);
    }

    private static string ReadWord(string template, ref int at)
    {
        var start = at;
        while (at < template.Length && (char.IsAsciiLetterOrDigit(template[at]) || template[at] is '_' or '.'))
        {
            at++;
        }

        return at > start ? template[start..at] : throw new FormatException($"A name is expected at {start} in: {template}");
    }

    private static bool SkipSpaces(string template, ref int at)
    {
        while (at < template.Length && template[at] == ' ')
        {
            at++;
        }

        return at < template.Length;
    }

    private static void Expect(string template, ref int at, char expected)
    {
        if (at >= template.Length || template[at] != expected)
        {
            throw new FormatException($"'{expected}' is expected at {at} in: {template}");
        }

        at++;
    }

    private static string Number(string value, string language) =>
        language != MessageLanguages.English
        && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,0.##########", DecimalComma)
            : value;
}
