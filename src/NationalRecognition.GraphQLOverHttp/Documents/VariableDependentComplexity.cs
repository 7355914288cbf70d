using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// Whether a document's complexity can change with its variables: a variable gives a list's size (<c>first</c>,
/// <c>last</c>) or decides whether a selection is made (<c>@include</c>, <c>@skip</c>, any directive). A document
/// without such a variable has the complexity it was validated with, whatever the variables.
/// </summary>
public sealed class VariableDependentComplexity : ASTVisitor<VariableDependentComplexity.Finding>
{
    private static readonly VariableDependentComplexity Instance = new();

    private VariableDependentComplexity()
    {
    }

    /// <summary>Whether some variable of <paramref name="document"/> can change its complexity.</summary>
    public static async ValueTask<bool> InAsync(GraphQLDocument document, CancellationToken cancellationToken)
    {
        var finding = new Finding(cancellationToken);
        await Instance.VisitAsync(document, finding);
        return finding.Found;
    }

    protected override ValueTask VisitArgumentAsync(GraphQLArgument argument, Finding finding)
    {
        if (argument.Value is GraphQLVariable && argument.Name.StringValue is "first" or "last")
        {
            finding.Found = true;
        }

        return base.VisitArgumentAsync(argument, finding);
    }

    protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Finding finding)
    {
        if (directive.Arguments?.Items.Any(argument => argument.Value is GraphQLVariable) == true)
        {
            finding.Found = true;
        }

        return base.VisitDirectiveAsync(directive, finding);
    }

    /// <summary>What the walk found so far.</summary>
    public sealed class Finding(CancellationToken cancellationToken) : IASTVisitorContext
    {
        /// <summary>Whether a variable that changes the complexity was found.</summary>
        public bool Found { get; set; }

        /// <inheritdoc />
        public CancellationToken CancellationToken { get; } = cancellationToken;
    }
}
