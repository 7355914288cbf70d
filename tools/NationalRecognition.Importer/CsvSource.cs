using System.Globalization;
using System.Text;
using System.Text.Unicode;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Importer;

/// <summary>
/// Records of a CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a quote
/// doubled inside them), whose header row names the fields as the NDJSON form does (number, learnerIin, learnerName,
/// professionCode, courseName, hours, credits, grade, issueDate, trainingProvider; any order, any case). A row that cannot
/// be read — not UTF-8, the wrong number of fields, a quote left open at the end, a number that is not one — is one
/// rejected record. A header that cannot be read (another encoding, an unknown or repeated field, a required field
/// missing) stops the import before anything is sent.
/// </summary>
internal static class CsvSource
{
    private static readonly string[] Fields =
        ["number", "learnerIin", "learnerName", "professionCode", "courseName", "hours", "credits", "grade", "issueDate", "trainingProvider"];

    /// <summary>The columns every record needs (besides hours and/or credits), as the record rules require them.</summary>
    private static readonly string[] Required = ["number", "learnerIin", "professionCode", "courseName", "grade", "issueDate", "trainingProvider"];

    public static IEnumerable<SourceRecord> Read(Stream stream)
    {
        Dictionary<string, int>? columns = null;
        var pending = new StringBuilder();
        var pendingIsUtf8 = true;
        var pendingQuotes = 0L;
        long firstLine = 0;
        foreach (var (number, bytes) in ByteLines.Read(stream))
        {
            // A line in another encoding still has its quotes (0x22 is a quote in UTF-8 and the 8-bit code pages alike),
            // so the record's end is found as usual and the whole record, not the rest of the file, is refused.
            var isUtf8 = Utf8.IsValid(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            if (pending.Length == 0)
            {
                if (isUtf8 && string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                firstLine = number;
                pendingIsUtf8 = true;
                pendingQuotes = 0;
            }
            else
            {
                pending.Append('\n');
            }

            pending.Append(text);
            pendingIsUtf8 &= isUtf8;
            pendingQuotes += text.AsSpan().Count('"');
            if (pendingQuotes % 2 != 0)
            {
                // Inside quotes: the record goes on on the next line. Counted line by line, so that a quote left open
                // early in a large file costs one pass, not one pass of everything since for every line.
                continue;
            }

            var row = Split(pending.ToString());
            pending.Clear();
            if (columns is null)
            {
                columns = Header(row, out var headerProblem);
                headerProblem = pendingIsUtf8 ? headerProblem : "the header row is not valid UTF-8: save the file as UTF-8.";
                if (headerProblem is not null)
                {
                    throw new InvalidDataException($"Line {firstLine}: {headerProblem}");
                }

                continue;
            }

            yield return pendingIsUtf8
                ? ToRecord(firstLine, row, columns)
                : Problem(firstLine, Message.Of("csvSource.rowNotUtf8"), "line");
        }

        if (pending.Length > 0)
        {
            yield return Problem(firstLine, Message.Of("csvSource.quoteNotClosed"), "line");
        }
    }

    private static SourceRecord ToRecord(long line, List<string> row, Dictionary<string, int> columns)
    {
        if (row.Count != columns.Count)
        {
            return Problem(line, Message.Of("csvSource.fieldCount", ("count", row.Count), ("expected", columns.Count)), "line");
        }

        string? Text(string name) => columns.TryGetValue(name, out var i) && !string.IsNullOrWhiteSpace(row[i]) ? row[i] : null;
        if (!TryNumber(Text("hours"), out var hours))
        {
            return Problem(line, Message.Of("csvSource.notANumber", ("field", "hours"), ("text", Text("hours"))), "hours");
        }

        if (!TryNumber(Text("credits"), out var credits))
        {
            return Problem(line, Message.Of("csvSource.notANumber", ("field", "credits"), ("text", Text("credits"))), "credits");
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

            if (!columns.TryAdd(known, i))
            {
                problem = $"the header names '{known}' twice.";
                return columns;
            }
        }

        // Without one of these columns every row would be refused for the same reason: say it once, before sending anything.
        var missing = Required.FirstOrDefault(f => !columns.ContainsKey(f));
        problem = missing is not null ? $"the header row has no '{missing}' column; every record needs it (the fields are {string.Join(", ", Fields)})."
            : !columns.ContainsKey("hours") && !columns.ContainsKey("credits") ? "the header row has neither an 'hours' nor a 'credits' column; every record needs its volume in one or both."
            : null;
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

    private static SourceRecord Problem(long line, Message reason, string field) =>
        new(line, null, new DomainException(DomainErrorCode.Validation, reason, field));
}
