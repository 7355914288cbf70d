using System.Text.RegularExpressions;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Explains a document that does not fit the schema's shape: a field the type does not have
/// (<see cref="FieldsOnCorrectTypeError"/>), an unknown or a missing argument (<see cref="KnownArgumentNamesError"/>,
/// <see cref="ProvidedNonNullArgumentsError"/>), a variable declared with a type that does not fit where it is used
/// (<see cref="VariablesInAllowedPositionError"/>). Like <see cref="InputValueExplainer"/>, it reads GraphQL.NET's
/// messages; one it does not recognise (a directive's argument, say) keeps GraphQL.NET's English words.
/// </summary>
public sealed partial class DocumentShapeExplainer : IValidationErrorExplainer
{
    public ErrorClassification? Explain(ValidationError error) => error switch
    {
        FieldsOnCorrectTypeError => UnknownField(error.Message),
        KnownArgumentNamesError => UnknownArgument(error.Message),
        ProvidedNonNullArgumentsError => MissingArgument(error.Message),
        VariablesInAllowedPositionError => VariableType(error.Message),
        _ => null,
    };

    // "Cannot query field 'name' on type 'Institution'. Did you mean 'names'?"
    private static ValidationExplanation? UnknownField(string message)
    {
        var match = FieldUnknown().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var (name, type) = (match.Groups["name"].Value, match.Groups["type"].Value);
        return new ValidationExplanation(ValidationReasons.UnknownField, Suggestions(match) is { } suggestions
            ? GatewayMessages.Text("graphql.unknownFieldSuggestion", ("type", type), ("name", name), ("suggestions", suggestions))
            : GatewayMessages.Text("graphql.unknownField", ("type", type), ("name", name)));
    }

    // "Unknown argument 'nope' on field 'nationalStatistics' of type 'Query'. Did you mean 'top'"
    private static ValidationExplanation? UnknownArgument(string message)
    {
        var match = ArgumentUnknown().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var (name, field) = (match.Groups["name"].Value, match.Groups["field"].Value);
        return new ValidationExplanation(ValidationReasons.UnknownArgument, Suggestions(match) is { } suggestions
            ? GatewayMessages.Text("graphql.unknownArgumentSuggestion", ("field", field), ("name", name), ("suggestions", suggestions))
            : GatewayMessages.Text("graphql.unknownArgument", ("field", field), ("name", name)), name);
    }

    // "Argument 'bin' of type 'String!' is required for field 'institution' but not provided."
    private static ValidationExplanation? MissingArgument(string message)
    {
        var match = ArgumentMissing().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var (name, type) = (match.Groups["name"].Value, match.Groups["type"].Value);
        return new ValidationExplanation(ValidationReasons.MissingArgument,
            GatewayMessages.Text("graphql.missingArgument", ("field", match.Groups["field"].Value), ("name", name), ("type", type)),
            name, ExpectedType: type);
    }

    // "Variable '$d' of type 'String!' used in position expecting type 'DateOnly!'."
    private static ValidationExplanation? VariableType(string message)
    {
        var match = VariableMisplaced().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var (variable, expected) = ("$" + match.Groups["name"].Value, match.Groups["expected"].Value);
        return new ValidationExplanation(ValidationReasons.VariableTypeMismatch,
            GatewayMessages.Text("graphql.variableType", ("variable", variable), ("given", match.Groups["given"].Value), ("expected", expected)),
            variable, ExpectedType: expected);
    }

    /// <summary>GraphQL.NET's "Did you mean 'a' or 'b'?" as "a, b"; null when it suggests nothing (or an inline fragment).</summary>
    private static string? Suggestions(Match match)
    {
        var text = match.Groups["suggestions"];
        if (!text.Success || text.Value.StartsWith("to use an inline fragment", StringComparison.Ordinal))
        {
            return null;
        }

        var names = Quoted().Matches(text.Value).Select(name => name.Groups[1].Value).ToArray();
        return names.Length == 0 ? null : string.Join(", ", names);
    }

    [GeneratedRegex(@"^Cannot query field '(?<name>[^']+)' on type '(?<type>[^']+)'\.(?: Did you mean (?<suggestions>.+?)\??)?\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FieldUnknown();

    [GeneratedRegex(@"^Unknown argument '(?<name>[^']+)' on field '(?<field>[^']+)' of type '(?<type>[^']+)'\.(?: Did you mean (?<suggestions>.+?)\??)?\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentUnknown();

    [GeneratedRegex(@"^Argument '(?<name>[^']+)' of type '(?<type>[^']+)' is required for field '(?<field>[^']+)' but not provided\.\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentMissing();

    [GeneratedRegex(@"^Variable '\$(?<name>[^']+)' of type '(?<given>[^']+)' used in position expecting type '(?<expected>[^']+)'\.\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex VariableMisplaced();

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
