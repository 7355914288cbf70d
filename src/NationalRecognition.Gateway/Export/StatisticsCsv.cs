using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.Export;

/// <summary>
/// An answer as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break),
/// one row per cell with the columns of <c>StatisticsCell</c> in the GraphQL API; a suppressed cell's figures are empty;
/// the last column (<c>figures</c>) says on every row whether they are exact or cell-key perturbed.
/// A text cell that a spreadsheet would run as a formula (starting with <c>= + - @</c>, tab or carriage return) is
/// written with a leading apostrophe (OWASP's CSV injection advice); numbers such as <c>-5</c> are left alone.
/// </summary>
public static class StatisticsCsv
{
    public static readonly string[] Header =
    [
        "ministry", "region", "institutionKind", "institutionBin", "programmeLevel", "academicYear", "academicPeriodId", "month",
        "facetValue", "suppressed", "applications", "submitted", "underReview", "withdrawn", "decisions", "recognised",
        "partlyRecognised", "notRecognised", "approvalRate", "unitsRecognised", "unitsRefused", "creditsRecognised",
        "medianDecisionHours", "p90DecisionHours", "refusals", "figures",
    ];

    public static string Write(StatisticsAnswer answer)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var cell in answer.Cells)
        {
            var g = cell.Group;
            var c = cell.Counts;
            Line(text,
            [
                g.Ministry?.ToString(), g.Region?.ToString(), g.InstitutionKind?.ToString(), g.InstitutionBin, g.ProgrammeLevel?.ToString(),
                Number(g.AcademicYear), g.AcademicPeriodId, g.Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.FacetValue,
                cell.Suppressed ? "true" : "false",
                Number(c?.Applications), Number(c?.Of(ApplicationStatus.Submitted)), Number(c?.Of(ApplicationStatus.UnderReview)),
                Number(c?.Of(ApplicationStatus.Withdrawn)), Number(c?.Decisions), Number(c?.DecisionsRecognised),
                Number(c?.DecisionsPartlyRecognised), Number(c?.DecisionsNotRecognised), Number(c?.ApprovalRate),
                Number(c?.UnitsRecognised), Number(c?.UnitsRefused), c?.CreditsRecognised.ToString(CultureInfo.InvariantCulture),
                Number(c?.MedianDecisionHours), Number(c?.P90DecisionHours), Number(c?.Refusals), FiguresOf(answer.Figures),
            ]);
        }

        return text.ToString();
    }

    /// <summary>The GraphQL name of the kind of figures, on every row, so that no row read alone passes for exact.</summary>
    private static string FiguresOf(StatisticsFigures figures) =>
        figures == StatisticsFigures.Exact ? "EXACT" : "CELL_KEY_PERTURBED";

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The field as a spreadsheet shows it as text: a formula-like start gets a leading apostrophe.</summary>
    public static string Neutralised(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
                         && !double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _)
            ? "'" + field
            : field;

    private static void Line(StringBuilder text, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = Neutralised(fields[i] ?? string.Empty);
            text.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field);
        }

        text.Append("\r\n");
    }
}
