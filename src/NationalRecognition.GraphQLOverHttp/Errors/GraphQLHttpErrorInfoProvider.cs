using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using NationalRecognition.GraphQLOverHttp.Documents;

namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// Shapes every GraphQL error the way clients rely on: <c>extensions.code</c> always present; GraphQL.NET's own errors
/// (parse, validation, complexity, timeout, operation selection) and the transport's refusals carry one of
/// <see cref="GraphQLHttpErrorCodes"/>; an exception a resolver threw is named by the first of
/// <paramref name="classifiers"/> that knows it (its code, message and extensions); any other becomes
/// <see cref="GraphQLHttpErrorCodes.Internal"/> with a fixed message, and its details appear only when
/// <paramref name="exposeExceptionDetails"/> is set (Development). <see cref="GraphQLHttpErrorCodes.Internal"/> and
/// <see cref="GraphQLHttpErrorCodes.Unavailable"/> errors carry <c>extensions.traceId</c> from <paramref name="traceId"/>:
/// the id under which the transport logged them (<see cref="ExecutionFailureLog"/>).
/// </summary>
public sealed class GraphQLHttpErrorInfoProvider(
    IEnumerable<IErrorClassifier> classifiers,
    bool exposeExceptionDetails,
    Func<string?>? traceId = null)
    : IErrorInfoProvider
{
    /// <summary>The message of every unexpected error; the real cause is only in the logs.</summary>
    public const string InternalErrorMessage = "An internal error occurred.";

    private static readonly HashSet<string> PublicCodes = typeof(GraphQLHttpErrorCodes).GetFields()
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
                extensions["code"] = GraphQLHttpErrorCodes.Parse;
                break;
            case ComplexityError or ValidationBudgetError:
                extensions["code"] = GraphQLHttpErrorCodes.TooComplex;
                break;
            case NoIntrospectionError:
                extensions["code"] = GraphQLHttpErrorCodes.IntrospectionDisabled;
                break;
            case ValidationError validation:
                extensions["code"] = GraphQLHttpErrorCodes.Validation;
                if (validation.Number is { } number)
                {
                    // The GraphQL specification section of the broken rule, e.g. "5.3.1".
                    extensions["specifiedBy"] = number;
                }

                break;
            case TimeoutError:
                extensions["code"] = GraphQLHttpErrorCodes.Timeout;
                break;
            case QueryMissingError or NoOperationError or NoOperationNameError or InvalidOperationNameError
                or InvalidOperationError:
                extensions["code"] = GraphQLHttpErrorCodes.BadRequest;
                break;
            default:
                message = DescribeExecutionFailure(executionError, extensions);
                break;
        }

        if (extensions["code"] is GraphQLHttpErrorCodes.Internal or GraphQLHttpErrorCodes.Unavailable && traceId?.Invoke() is { } id)
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
            extensions["code"] = error.Code is { } code && IsPublicCode(code) ? code : GraphQLHttpErrorCodes.BadRequest;
            return error.Message;
        }

        if (_classifiers.Recognise(cause) is { } found)
        {
            extensions["code"] = found.Classification.Code;
            found.Classification.AddExtensions(extensions);
            return found.Classification.Message ?? found.Exception.Message;
        }

        extensions["code"] = GraphQLHttpErrorCodes.Internal;
        if (exposeExceptionDetails)
        {
            extensions["details"] = cause?.ToString() ?? error.ToString();
            return cause?.Message ?? error.Message;
        }

        return InternalErrorMessage;
    }

    private static bool IsPublicCode(string code) => PublicCodes.Contains(code);
}
