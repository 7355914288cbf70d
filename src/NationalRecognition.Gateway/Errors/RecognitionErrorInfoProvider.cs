using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Shapes every GraphQL error the way our clients rely on: <c>extensions.code</c> always present and one of
/// <see cref="ErrorCodes"/>; business errors keep their message plus <c>field</c>/<c>clause</c>; unexpected
/// exceptions become <see cref="ErrorCodes.Internal"/> with a fixed message, and their details appear only when
/// <paramref name="exposeExceptionDetails"/> is set (Development). <see cref="ErrorCodes.Internal"/> and
/// <see cref="ErrorCodes.Unavailable"/> errors carry <c>extensions.traceId</c> from <paramref name="traceId"/>: the
/// id under which the gateway logged them (<see cref="ExecutionFailureLog"/>).
/// </summary>
public sealed class RecognitionErrorInfoProvider(
    IEnumerable<IErrorClassifier> classifiers,
    bool exposeExceptionDetails,
    Func<string?>? traceId = null)
    : IErrorInfoProvider
{
    /// <summary>The message of every unexpected error; the real cause is only in the logs.</summary>
    public const string InternalErrorMessage = "An internal error occurred.";

    private static readonly HashSet<string> PublicCodes = typeof(ErrorCodes).GetFields()
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet();

    private readonly IErrorClassifier[] _classifiers = classifiers.ToArray();

    /// <inheritdoc />
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>();
        var message = executionError.Message;

        switch (executionError)
        {
            case SyntaxError:
                extensions["code"] = ErrorCodes.Parse;
                break;
            case ComplexityError or Transport.ValidationBudgetError:
                extensions["code"] = ErrorCodes.TooComplex;
                break;
            case NoIntrospectionError:
                extensions["code"] = ErrorCodes.IntrospectionDisabled;
                break;
            case ValidationError validation:
                extensions["code"] = ErrorCodes.Validation;
                if (validation.Number is { } number)
                {
                    // The GraphQL specification section of the broken rule, e.g. "5.3.1".
                    extensions["specifiedBy"] = number;
                }

                break;
            case TimeoutError:
                extensions["code"] = ErrorCodes.Timeout;
                break;
            case QueryMissingError or NoOperationError or NoOperationNameError or InvalidOperationNameError
                or InvalidOperationError:
                extensions["code"] = ErrorCodes.BadRequest;
                break;
            default:
                message = DescribeExecutionFailure(executionError, extensions);
                break;
        }

        if (extensions["code"] is ErrorCodes.Internal or ErrorCodes.Unavailable && traceId?.Invoke() is { } id)
        {
            extensions["traceId"] = id;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private string DescribeExecutionFailure(ExecutionError error, Dictionary<string, object?> extensions)
    {
        // A resolver's exception arrives wrapped (UnhandledError); a deliberate ExecutionError without an inner
        // exception is a message the resolver chose to show.
        var cause = error.InnerException;
        if (cause is null && error is not UnhandledError)
        {
            extensions["code"] = error.Code is { } code && IsPublicCode(code) ? code : ErrorCodes.BadRequest;
            return error.Message;
        }

        for (var exception = cause; exception is not null; exception = exception.InnerException)
        {
            foreach (var classifier in _classifiers)
            {
                if (classifier.Classify(exception) is { } classification)
                {
                    extensions["code"] = classification.Code;
                    if (classification.Field is not null)
                    {
                        extensions["field"] = classification.Field;
                    }

                    if (classification.Clause is not null)
                    {
                        extensions["clause"] = classification.Clause;
                    }

                    return classification.Message ?? exception.Message;
                }
            }
        }

        extensions["code"] = ErrorCodes.Internal;
        if (exposeExceptionDetails)
        {
            extensions["details"] = cause?.ToString() ?? error.ToString();
            return cause?.Message ?? error.Message;
        }

        return InternalErrorMessage;
    }

    private static bool IsPublicCode(string code) => PublicCodes.Contains(code);
}
