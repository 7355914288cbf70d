using System.Globalization;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Export;

/// <summary>
/// The CSV export's query string, read as the GraphQL arguments of <c>nationalStatistics</c> are: enum values as
/// GraphQL writes them (<c>MOOC_PLATFORM</c>, <c>ASTANA_CITY</c>), <c>groupBy</c> comma-separated, months and dates
/// as <c>yyyy-MM-dd</c>.
/// </summary>
public static class StatisticsExportRequest
{
    /// <summary>The query, or the name of the first parameter that does not read.</summary>
    public static (StatisticsQuery? Query, string? Invalid) Parse(IQueryCollection query)
    {
        try
        {
            var filter = new StatisticsFilter(
                Enum<Ministry>(query, "ministry"),
                Enum<Region>(query, "region"),
                Enum<InstitutionKind>(query, "institutionKind"),
                Text(query, "institutionBin"),
                Enum<InstitutionKind>(query, "programmeLevel"),
                Int(query, "academicYear"),
                Text(query, "academicPeriodId"),
                Date(query, "monthFrom"),
                Date(query, "monthTo"),
                Text(query, "facetValue"));
            var groupBy = (Text(query, "groupBy") ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(value => ParseEnum<StatisticsDimension>(value) ?? throw new InvalidParameterException("groupBy"))
                .ToList();
            return (new StatisticsQuery(Enum<StatisticsFacet>(query, "facet") ?? StatisticsFacet.All, filter, groupBy, Int(query, "top")), null);
        }
        catch (InvalidParameterException invalid)
        {
            return (null, invalid.Parameter);
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? (values.Count == 1 && values[0] is { Length: > 0 and <= 200 } value ? value : throw new InvalidParameterException(name)) : null;

    private static T? Enum<T>(IQueryCollection query, string name)
        where T : struct, Enum =>
        Text(query, name) is { } text ? ParseEnum<T>(text) ?? throw new InvalidParameterException(name) : null;

    private static int? Int(IQueryCollection query, string name) =>
        Text(query, name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidParameterException(name)
            : null;

    private static DateOnly? Date(IQueryCollection query, string name) =>
        Text(query, name) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : throw new InvalidParameterException(name)
            : null;

    /// <summary>GRAPHQL_CASE or PascalCase to the member; numbers are not accepted.</summary>
    private static T? ParseEnum<T>(string text)
        where T : struct, Enum
    {
        var name = text.Replace("_", string.Empty, StringComparison.Ordinal);
        return name.Length > 0 && !char.IsDigit(name[0]) && System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : null;
    }

    private sealed class InvalidParameterException(string parameter) : Exception($"Invalid parameter '{parameter}'.")
    {
        public string Parameter { get; } = parameter;
    }
}
