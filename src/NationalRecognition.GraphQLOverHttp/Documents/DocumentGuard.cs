using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// The checks a document passes before GraphQL.NET validates it, cheapest first, each bounded by the size of what
/// the previous one let through: its length, its tokens (one pass, no allocation), parsing (with the parser's own
/// nesting limit), then its shape (<see cref="DocumentShape"/>) and whether the operation is one we serve. A document
/// that fails any of them is answered at once, without validation, and is never cached.
/// </summary>
internal sealed class DocumentGuard(IDocumentBuilder documentBuilder)
{
    /// <summary>The parsed document, or the error to answer with.</summary>
    public (GraphQLDocument? Document, ExecutionError? Error) Check(
        string query, string? operationName, GraphQLEndpointOptions limits, CancellationToken cancellationToken)
    {
        if (query.Length > limits.MaxDocumentCharacters)
        {
            return (null, new ExecutionError($"The document is longer than {limits.MaxDocumentCharacters} characters.")
            {
                Code = GraphQLHttpErrorCodes.TooLarge,
            });
        }

        if (DocumentTokens.Exceed(query, limits.MaxTokens))
        {
            return (null, new ExecutionError($"The document has more than {limits.MaxTokens} tokens.") { Code = GraphQLHttpErrorCodes.TooLarge });
        }

        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new ExecutionError("The document is nested too deeply to parse.") { Code = GraphQLHttpErrorCodes.TooComplex });
        }
        catch (SyntaxError syntax)
        {
            return (null, syntax);
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            return (null, new SyntaxError(syntax));
        }

        if (DocumentShape.Check(document, limits, cancellationToken) is { } problem)
        {
            return (null, problem.Kind == ShapeProblemKind.Cycle
                ? new ExecutionError(problem.Message) { Code = GraphQLHttpErrorCodes.Validation }
                : new ExecutionError(problem.Message) { Code = GraphQLHttpErrorCodes.TooComplex });
        }

        if (SelectedOperation(document, operationName) is { Operation: OperationType.Subscription })
        {
            return (null, new ExecutionError("Subscriptions are not supported: poll with a query instead.")
            {
                Code = GraphQLHttpErrorCodes.NotSupported,
            });
        }

        return (document, null);
    }

    /// <summary>The operation <paramref name="operationName"/> selects, or the only one; null when that is ambiguous.</summary>
    public static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(operation => operation.Name?.Value == operationName);
    }
}
