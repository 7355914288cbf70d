using GraphQL.Types;
using NationalRecognition.Gateway.Languages;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Explains a value its input type does not take, by what the type is: an enum names its values, a date and a date
/// with time their format and an example, any other type itself.
/// </summary>
public static class InputValueProblem
{
    /// <summary>How a date (<c>DateOnly</c>) is written.</summary>
    public const string DateFormat = "YYYY-MM-DD";

    /// <summary>How a date and time (<c>DateTimeOffset</c>) is written: ISO 8601 with the offset from UTC.</summary>
    public const string DateTimeFormat = "YYYY-MM-DDThh:mm:ss±hh:mm";

    /// <summary>
    /// Why <paramref name="value"/> (as the caller wrote it) does not fit <paramref name="typeName"/> (GraphQL's
    /// notation: <c>Region</c>, <c>DateOnly!</c>, <c>[StatisticsDimension!]</c>) at <paramref name="field"/>.
    /// </summary>
    public static ValidationExplanation Explain(ISchema schema, string field, string value, string typeName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var name = typeName.Trim('[', ']', '!');
        switch (schema.AllTypes[name])
        {
            case EnumerationGraphType enumeration:
                var values = enumeration.Values.Where(v => v.DeprecationReason is null).Select(v => v.Name).ToArray();
                return new ValidationExplanation(ValidationReasons.InvalidEnumValue,
                    GatewayMessages.Text("graphql.enumValue", ("field", field), ("value", value), ("type", name), ("values", string.Join(", ", values))),
                    field, ValidValues: values);
            case DateOnlyGraphType or DateGraphType:
                return new ValidationExplanation(ValidationReasons.InvalidDate,
                    GatewayMessages.Text("graphql.date", ("field", field), ("value", value), ("format", DateFormat), ("example", "2025-09-01")),
                    field, ExpectedFormat: DateFormat);
            case DateTimeOffsetGraphType or DateTimeGraphType:
                return new ValidationExplanation(ValidationReasons.InvalidDateTime,
                    GatewayMessages.Text("graphql.dateTime", ("field", field), ("value", value), ("format", DateTimeFormat), ("example", "2025-09-01T09:00:00+05:00")),
                    field, ExpectedFormat: DateTimeFormat);
            default:
                return new ValidationExplanation(ValidationReasons.InvalidValue,
                    GatewayMessages.Text("graphql.value", ("field", field), ("value", value), ("type", typeName)),
                    field, ExpectedType: typeName);
        }
    }
}
