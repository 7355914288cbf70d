using GraphQL.Types;
using GraphQL.Utilities;

namespace NationalRecognition.Gateway.Graph.Inputs;

/// <summary>
/// Puts <see cref="InputLimits"/> on every input field and every argument of the schema when it is built: a validator
/// GraphQL.NET runs while coercing the value, and the limit appended to the description. One place for every limit,
/// so a field added later gets the defaults without anyone remembering to.
/// </summary>
internal sealed class InputLimitsVisitor(TimeProvider time) : BaseSchemaNodeVisitor
{
    // Kazakhstan is on UTC+5 throughout (since 1 March 2024); a day of slack keeps the bound generous at midnight.
    private static readonly TimeSpan KazakhstanOffset = TimeSpan.FromHours(5);

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema)
    {
        var (description, validator) = LimitsOf(type.Name, field.Name, field.ResolvedType);
        if (validator is null)
        {
            return;
        }

        field.Description = Append(field.Description, description);
        var previous = field.Validator;
        field.Validator = previous is null ? validator : value => { previous(value); validator(value); };
    }

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        var (description, validator) = LimitsOf(field.Name, argument.Name, argument.ResolvedType);
        if (validator is null)
        {
            return;
        }

        argument.Description = Append(argument.Description, description);
        var previous = argument.Validator;
        argument.Validator = previous is null ? validator : value => { previous(value); validator(value); };
    }

    private (string? Description, Action<object>? Validator) LimitsOf(string parent, string name, IGraphType? graphType)
    {
        var (named, isList) = Unwrap(graphType);
        var parts = new List<string>();
        var checks = new List<Action<object>>();
        if (isList)
        {
            var most = InputLimits.MaxItemsFor(name);
            parts.Add($"At most {most} items.");
            checks.Add(value => InputLimits.CheckItems(value, most));
        }

        switch (named)
        {
            case IdGraphType when name is "id" or "applicationId":
                parts.Add("Format: a UUID.");
                checks.Add(value =>
                {
                    if (!Guid.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out _))
                    {
                        throw new ArgumentException("Must be an application id (a UUID).");
                    }
                });
                break;
            case StringGraphType or IdGraphType:
                var rule = InputLimits.TextRuleFor(parent, name);
                parts.Add(rule.Describe());
                checks.Add(value => InputLimits.CheckText(value, rule));
                break;
            case IntGraphType or DecimalGraphType or FloatGraphType or LongGraphType when InputLimits.RangeFor(name) is { } range:
                parts.Add($"From {range.Min} to {range.Max}.");
                checks.Add(value => InputLimits.CheckNumber(value, range));
                break;
            case DateOnlyGraphType or DateGraphType:
                var (_, _, meaning) = InputLimits.DateRangeFor(parent, name, new DateOnly(2000, 1, 1));
                parts.Add($"A date {meaning}.");
                checks.Add(value =>
                {
                    var (from, to, text) = InputLimits.DateRangeFor(parent, name, Today());
                    InputLimits.CheckDate(value, from, to, text);
                });
                break;
        }

        if (checks.Count == 0)
        {
            return (null, null);
        }

        return (string.Join(' ', parts), value =>
        {
            foreach (var check in checks)
            {
                check(value);
            }
        }
        );
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(KazakhstanOffset).DateTime);

    private static (IGraphType? Named, bool IsList) Unwrap(IGraphType? graphType)
    {
        var isList = false;
        while (true)
        {
            switch (graphType)
            {
                case NonNullGraphType nonNull:
                    graphType = nonNull.ResolvedType;
                    break;
                case ListGraphType list:
                    isList = true;
                    graphType = list.ResolvedType;
                    break;
                default:
                    return (graphType, isList);
            }
        }
    }

    private static string Append(string? description, string? limits) =>
        string.IsNullOrWhiteSpace(description) ? limits ?? string.Empty : $"{description.TrimEnd()} {limits}";
}
