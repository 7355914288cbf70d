using GraphQLParser.AST;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// Measures what a parsed document would cost to validate and execute, before GraphQL.NET's validation runs (whose
/// overlap check is quadratic in the fields of one selection set, and whose fragment handling follows every spread):
/// aliases and fragment spreads as written, and field selections with every fragment expanded. Each fragment is
/// measured once and its count reused, so a chain of fragments that each spread the next twice costs linear time
/// here, however large its expansion. A fragment that spreads itself, directly or not, is reported as a cycle.
/// </summary>
internal sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Fields, int SpreadHeight)> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly GraphQLEndpointOptions _limits;

    private DocumentShape(GraphQLDocument document, GraphQLEndpointOptions limits)
    {
        _limits = limits;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Null when the document is within the limits; else what is over them.</summary>
    public static ShapeProblem? Check(GraphQLDocument document, GraphQLEndpointOptions limits, CancellationToken cancellationToken)
    {
        var shape = new DocumentShape(document, limits);
        var written = new WrittenCounts();
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && CountWritten(selections, written, limits) is { } overWritten)
            {
                return overWritten;
            }
        }

        long total = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (fields, _) = shape.Expand(operation.SelectionSet, out var problem);
            if (problem is not null)
            {
                return problem;
            }

            total += fields;
            if (total > limits.MaxFields)
            {
                return TooManyFields(limits);
            }
        }

        return null;
    }

    private static ShapeProblem? CountWritten(GraphQLSelectionSet selectionSet, WrittenCounts counts, GraphQLEndpointOptions limits)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is not null && ++counts.Aliases > limits.MaxAliases)
                    {
                        return new ShapeProblem(ShapeProblemKind.TooComplex,
                            $"The document has more than {limits.MaxAliases} aliases.");
                    }

                    if (field.SelectionSet is not null && CountWritten(field.SelectionSet, counts, limits) is { } inField)
                    {
                        return inField;
                    }

                    break;
                case GraphQLFragmentSpread when ++counts.Spreads > limits.MaxFragmentSpreads:
                    return new ShapeProblem(ShapeProblemKind.TooComplex,
                        $"The document has more than {limits.MaxFragmentSpreads} fragment spreads.");
                case GraphQLInlineFragment inline when CountWritten(inline.SelectionSet, counts, limits) is { } inInline:
                    return inInline;
            }
        }

        return null;
    }

    /// <summary>
    /// Field selections of <paramref name="selectionSet"/> with its fragments expanded (stopping just past the limit),
    /// and the longest chain of fragment spreads under it.
    /// </summary>
    private (long Fields, int SpreadHeight) Expand(GraphQLSelectionSet selectionSet, out ShapeProblem? problem)
    {
        problem = null;
        long count = 0;
        var height = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var (fields, spreadHeight) = selection switch
            {
                GraphQLField { SelectionSet: { } children } => Expand(children, out problem),
                GraphQLInlineFragment inline => Expand(inline.SelectionSet, out problem),
                GraphQLFragmentSpread spread => ExpandFragment(spread.FragmentName.Name.StringValue, out problem),
                _ => (0, 0),
            };
            if (problem is not null)
            {
                return (0, 0);
            }

            count += fields + (selection is GraphQLField ? 1 : 0);
            height = Math.Max(height, spreadHeight);
            if (count > _limits.MaxFields)
            {
                problem = TooManyFields(_limits);
                return (0, 0);
            }

            if (height > _limits.MaxFragmentDepth)
            {
                problem = new ShapeProblem(ShapeProblemKind.TooComplex,
                    $"Fragments spread fragments more than {_limits.MaxFragmentDepth} levels deep.");
                return (0, 0);
            }
        }

        return (count, height);
    }

    /// <summary>A fragment's expansion, measured once; its height counts the spread that reached it.</summary>
    private (long Fields, int SpreadHeight) ExpandFragment(string name, out ShapeProblem? problem)
    {
        problem = null;
        if (_expanded.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment))
        {
            // An unknown fragment is validation's to report (5.5.2.1).
            return (0, 1);
        }

        if (!_inProgress.Add(name))
        {
            problem = new ShapeProblem(ShapeProblemKind.Cycle, $"Fragment '{name}' spreads itself (directly or through other fragments).");
            return (0, 0);
        }

        var (fields, height) = Expand(fragment.SelectionSet, out problem);
        _inProgress.Remove(name);
        if (problem is not null)
        {
            return (0, 0);
        }

        var result = (fields, height + 1);
        _expanded[name] = result;
        return result;
    }

    private static ShapeProblem TooManyFields(GraphQLEndpointOptions limits) =>
        new(ShapeProblemKind.TooComplex, $"The document selects more than {limits.MaxFields} fields once its fragments are expanded.");

    private sealed class WrittenCounts
    {
        public int Aliases { get; set; }

        public int Spreads { get; set; }
    }
}

/// <summary>What kind of limit a document broke.</summary>
internal enum ShapeProblemKind
{
    TooComplex,
    Cycle,
}

/// <summary>One broken limit, with a message for the client.</summary>
internal sealed record ShapeProblem(ShapeProblemKind Kind, string Message);
