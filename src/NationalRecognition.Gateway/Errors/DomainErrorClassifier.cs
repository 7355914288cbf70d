using System.Collections;
using System.Text;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Classifies the domain's errors by what they put in <see cref="Exception.Data"/>: <c>"code"</c> (a
/// <c>DomainErrorCode</c> name such as <c>NotFound</c>, or its public form <c>NOT_FOUND</c>), and optionally
/// <c>"field"</c> and <c>"clause"</c>. Reading the data rather than the exception type keeps the gateway free of a
/// compile-time dependency on the domain's exception hierarchy, and Data survives Orleans' exception transport.
/// </summary>
public sealed class DomainErrorClassifier : IErrorClassifier
{
    private const string CodeKey = "code";
    private const string FieldKey = "field";
    private const string ClauseKey = "clause";

    // Only the domain's codes are accepted: any other value in Data["code"] (a library's, say) is not ours to expose.
    private static readonly HashSet<string> DomainCodes =
    [
        ErrorCodes.Validation,
        ErrorCodes.NotFound,
        ErrorCodes.Conflict,
        ErrorCodes.DeadlinePassed,
        ErrorCodes.RuleViolation,
        ErrorCodes.InvalidTransition,
        ErrorCodes.Forbidden,
    ];

    /// <inheritdoc />
    public ErrorClassification? Classify(Exception exception)
    {
        var code = ToPublicCode(Read(exception.Data, CodeKey));
        if (code is null || !DomainCodes.Contains(code))
        {
            return null;
        }

        return new ErrorClassification(code, Read(exception.Data, FieldKey), Read(exception.Data, ClauseKey));
    }

    private static string? Read(IDictionary data, string key)
    {
        var value = data.Contains(key) ? data[key] : null;
        var text = value?.ToString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary><c>DeadlinePassed</c>, <c>deadline_passed</c> and <c>DEADLINE_PASSED</c> all become <c>DEADLINE_PASSED</c>.</summary>
    internal static string? ToPublicCode(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var builder = new StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(code[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(c == '-' ? '_' : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
