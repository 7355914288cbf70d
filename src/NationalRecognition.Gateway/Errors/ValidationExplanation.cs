using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// A refusal of GraphQL.NET's validation in the caller's words. The code stays <see cref="ErrorCodes.Validation"/>;
/// <c>extensions</c> add the <c>reason</c> (<see cref="ValidationReasons"/>), the input <c>field</c> at fault in GraphQL
/// names (<c>filter.region</c>, <c>groupBy[1]</c>, <c>$input.documents[0].certificate.issueDate</c>) and what would be
/// accepted: <c>validValues</c> (an enum's values), <c>expectedFormat</c> (a date's) or <c>expectedType</c>.
/// </summary>
public sealed record ValidationExplanation(
    string Reason,
    string Message,
    string? Field = null,
    IReadOnlyList<string>? ValidValues = null,
    string? ExpectedFormat = null,
    string? ExpectedType = null)
    : ErrorClassification(ErrorCodes.Validation, Message)
{
    /// <inheritdoc />
    public override void AddExtensions(IDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        extensions["reason"] = Reason;
        Add(extensions, "field", Field);
        Add(extensions, "validValues", ValidValues);
        Add(extensions, "expectedFormat", ExpectedFormat);
        Add(extensions, "expectedType", ExpectedType);
    }

    private static void Add(IDictionary<string, object?> extensions, string name, object? value)
    {
        if (value is not null)
        {
            extensions[name] = value;
        }
    }
}
