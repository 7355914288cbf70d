using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Gateway.Graph.Reference;

namespace NationalRecognition.Gateway.Graph.Common;

/// <summary>Relay-style paging arguments and the connection built from a grain's page.</summary>
internal static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"How many items, 1 to {PageRequest.MaxPageSize} (default 20).")
        .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    public static FieldBuilder<TSource, TReturn> WithStatusFilter<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<ApplicationStatusType>("status", "Only applications in this status.");

    public static PageRequest Page(this IResolveFieldContext context) =>
        new(context.GetArgument("first", 20), context.GetArgument<string?>("after"));

    public static ApplicationStatus? Status(this IResolveFieldContext context) => context.GetArgument<ApplicationStatus?>("status");

    public static Connection<T> ToConnection<T>(this Page<T> page) => new()
    {
        TotalCount = page.TotalCount,
        Edges = page.Items.Select((item, i) => new Edge<T> { Node = item, Cursor = page.Cursors[i] }).ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = false,
            StartCursor = page.Cursors.Count > 0 ? page.Cursors[0] : null,
            EndCursor = page.Cursors.Count > 0 ? page.Cursors[^1] : null,
        },
    };
}
