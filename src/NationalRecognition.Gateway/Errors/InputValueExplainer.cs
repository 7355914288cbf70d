using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Explains the values GraphQL.NET refused, written in the document (<see cref="ArgumentsOfCorrectTypeError"/>) or sent
/// as variables (<see cref="InvalidVariableError"/>): the input path in GraphQL names (<c>filter.region</c>,
/// <c>groupBy[1]</c>, <c>$f.monthFrom</c>), then what the type takes (<see cref="InputValueProblem"/>). GraphQL.NET
/// says where and what only in its message, so this reads the messages of the version the gateway is built with (the
/// tests over HTTP pin each one); a message it does not recognise keeps GraphQL.NET's English words. It reads the
/// types from the schema the endpoint serves (<see cref="PlatformSchema"/>, not a second instance through ISchema).
/// </summary>
public sealed partial class InputValueExplainer(PlatformSchema schema) : IValidationErrorExplainer
{
    public ErrorClassification? Explain(ValidationError error) => error switch
    {
        ArgumentsOfCorrectTypeError => Literal(error.Message),
        InvalidVariableError => Variable(error.Message),
        _ => null,
    };

    // "Argument 'filter' has invalid value. In field 'monthFrom': [Expected type 'DateOnly', found "2025-13-01".]"
    private ValidationExplanation? Literal(string message)
    {
        var argument = ArgumentRefused().Match(message);
        if (!argument.Success)
        {
            return null;
        }

        var path = new StringBuilder(argument.Groups["argument"].Value);
        var problem = argument.Groups["problem"].Value;
        for (var step = PathStep().Match(problem); step.Success; step = PathStep().Match(problem))
        {
            path.Append(step.Groups["field"].Success
                ? "." + step.Groups["field"].Value
                : $"[{int.Parse(step.Groups["element"].Value, CultureInfo.InvariantCulture) - 1}]");
            problem = Unwrapped(step.Groups["rest"].Value);
        }

        var field = path.ToString();
        if (ExpectedType().Match(problem) is { Success: true } expected)
        {
            return InputValueProblem.Explain(schema, field, Unquoted(expected.Groups["value"].Value), expected.Groups["type"].Value);
        }

        return problem == "Unknown field."
            ? new ValidationExplanation(ValidationReasons.UnknownInputField,
                GatewayMessages.Text("graphql.unknownInputFieldHere", ("field", field)), field)
            : null;
    }

    // "Variable '$f.region' is invalid. Unable to convert 'NOPE' to 'Region'"
    private ValidationExplanation? Variable(string message)
    {
        var variable = VariableRefused().Match(message);
        if (!variable.Success)
        {
            return null;
        }

        var field = "$" + variable.Groups["path"].Value;
        var problem = variable.Groups["problem"].Value;
        if (UnableToConvert().Match(problem) is { Success: true } conversion)
        {
            return InputValueProblem.Explain(schema, field, conversion.Groups["value"].Value, conversion.Groups["type"].Value);
        }

        if (UnrecognizedFields().Match(problem) is { Success: true } unknown)
        {
            var type = unknown.Groups["type"].Value;
            var fields = string.Join(", ", Quoted().Matches(unknown.Groups["fields"].Value).Select(name => $"{field}.{name.Groups[1].Value}"));
            var known = schema.AllTypes[type] is IInputObjectGraphType input ? string.Join(", ", input.Fields.Select(f => f.Name)) : string.Empty;
            return new ValidationExplanation(ValidationReasons.UnknownInputField,
                GatewayMessages.Text("graphql.unknownInputField", ("field", fields), ("type", type), ("fields", known)), fields);
        }

        return problem == "No value provided for a non-null variable."
            ? new ValidationExplanation(ValidationReasons.MissingVariable,
                GatewayMessages.Text("graphql.missingVariable", ("variable", field)), field)
            : null;
    }

    /// <summary>A nested problem comes in brackets: "[Expected type …]".</summary>
    private static string Unwrapped(string problem) =>
        problem.Length >= 2 && problem[0] == '[' && problem[^1] == ']' ? problem[1..^1] : problem;

    /// <summary>A string literal as the caller wrote it, without GraphQL's quotes.</summary>
    private static string Unquoted(string literal) =>
        literal.Length >= 2 && literal[0] == '"' && literal[^1] == '"' ? literal[1..^1] : literal;

    [GeneratedRegex(@"^Argument '(?<argument>[^']+)' has invalid value\. (?<problem>.+)\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentRefused();

    [GeneratedRegex(@"^In (?:field '(?<field>[^']+)'|element #(?<element>[0-9]{1,9})): (?<rest>.+)\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex PathStep();

    [GeneratedRegex(@"^Expected type '(?<type>[^']+)', found (?<value>.*)\.\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"^Variable '\$(?<path>[^']+)' is invalid\. (?<problem>.+)\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex VariableRefused();

    [GeneratedRegex(@"^Unable to convert '(?<value>.*)' to '(?<type>[^']+)'\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex UnableToConvert();

    [GeneratedRegex(@"^Unrecognized input fields (?<fields>.+) for type '(?<type>[^']+)'\.\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex UnrecognizedFields();

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
