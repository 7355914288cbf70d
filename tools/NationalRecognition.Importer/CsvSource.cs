using System.Globalization;
using System.Text;
using System.Text.Unicode;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;

namespace NationalRecognition.Importer;

/// <summary>
/// Records of a CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a quote
/// doubled inside them), whose header row names the fields as the NDJSON form does (number, learnerIin, learnerName,
/// professionCode, courseName, hours, credits, grade, issueDate, trainingProvider; any order, any case). A row that cannot
/// be read — not UTF-8, the wrong number of fields, a quote left open at the end, a number that is not one — is one
/// rejected record.
/// </summary>
internal static class CsvSource
{
    private static readonly string[] Fields =
        ["number", "learnerIin", "learnerName", "professionCode", "courseName", "hours", "credits", "grade", "issueDate", "trainingProvider"];

    public static IEnumerable<SourceRecord> Read(Stream stream)
    {
        Dictionary<string, int>? columns = null;
        var pending = new StringBuilder();
        long firstLine = 0;
        foreach (var (number, bytes) in ByteLines.Read(stream))
        {
            if (!Utf8.IsValid(bytes))
            {
                pending.Clear();
                yield return Problem(number, "The row is not valid UTF-8: save the file as UTF-8.", "line");
                continue;
            }

            var text = Encoding.UTF8.GetString(bytes);
            if (pending.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                firstLine = number;
            }
            else
            {
                pending.Append('\n');
            }

            pending.Append(text);
            if (!IsComplete(pending))
            {
                continue;
            }

            var row = Split(pending.ToString());
            pending.Clear();
            if (columns is null)
            {
                columns = Header(row, out var headerProblem);
                if (headerProblem is not null)
                {
                    throw new InvalidDataException($"Line {firstLine}: {headerProblem}");
                }

                continue;
            }

            yield return ToRecord(firstLine, row, columns);
        }

        if (pending.Length > 0)
        {
            yield return Problem(firstLine, "The row's quoted field is never closed: the file is cut short.", "line");
        }
    }

    private static SourceRecord ToRecord(long line, List<string> row, Dictionary<string, int> columns)
    {
        if (row.Count != columns.Count)
        {
            return Problem(line, $"The row has {row.Count} field(s) where the header names {columns.Count} (cut short, or a comma outside quotes).", "line");
        }

        string? Text(string name) => columns.TryGetValue(name, out var i) && !string.IsNullOrWhiteSpace(row[i]) ? row[i] : null;
        if (!TryNumber(Text("hours"), out var hours))
        {
            return Problem(line, $"'hours' is not a number: '{Text("hours")}'.", "hours");
        }

        if (!TryNumber(Text("credits"), out var credits))
        {
            return Problem(line, $"'credits' is not a number: '{Text("credits")}'.", "credits");
        }

        return new SourceRecord(line, new ExchangeCertificateRecord
        {
            Number = Text("number"),
            LearnerIin = Text("learnerIin"),
            LearnerName = Text("learnerName"),
            ProfessionCode = Text("professionCode"),
            CourseName = Text("courseName"),
            Hours = hours,
            Credits = credits,
            Grade = Text("grade"),
            IssueDate = Text("issueDate"),
            TrainingProvider = Text("trainingProvider"),
        }, null);
    }

    private static Dictionary<string, int> Header(List<string> row, out string? problem)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < row.Count; i++)
        {
            var name = row[i].Trim().TrimStart('\uFEFF');
            var known = Fields.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                problem = $"the header names an unknown field '{name}'; the fields are {string.Join(", ", Fields)}.";
                return columns;
            }

            columns[known] = i;
        }

        problem = columns.ContainsKey("number") ? null : "the header row has no 'number' column.";
        return columns;
    }

    private static bool TryNumber(string? text, out decimal? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>Whether the quotes of the text so far are balanced (a record may continue on the next line inside quotes).</summary>
    private static bool IsComplete(StringBuilder text)
    {
        var quotes = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '"')
                {
                    quotes++;
                }
            }
        }

        return quotes % 2 == 0;
    }

    private static List<string> Split(string row)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static SourceRecord Problem(long line, string reason, string field) =>
        new(line, null, new DomainException(DomainErrorCode.Validation, reason, field));
}
