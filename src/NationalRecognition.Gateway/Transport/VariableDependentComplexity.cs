using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Whether a document's complexity can change with its variables: a variable gives a list's size (<c>first</c>,
/// <c>last</c>) or decides whether a selection is made (<c>@include</c>, <c>@skip</c>, any directive). A document
/// without such a variable has the complexity it was validated with, whatever the variables.
/// </summary>
internal sealed class VariableDependentComplexity : ASTVisitor<VariableDependentComplexity.Finding>
{
    private static readonly VariableDependentComplexity Instance = new();

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

    internal sealed class Finding(CancellationToken cancellationToken) : IASTVisitorContext
    {
        public bool Found { get; set; }

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }
}
