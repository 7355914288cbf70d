using GraphQL;
using GraphQL.Types;

namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>
/// The transport's test schema: a server that names itself, a list whose size a <c>first</c>/<c>last</c> argument
/// chooses, an echo for variables, and fields that are slow, fail unexpectedly, break a rule or meet an outage; one
/// mutation. Nothing of the platform: what passes here passes for any schema.
/// </summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}

/// <summary>The test schema's <c>Query</c> root.</summary>
public sealed class TestQuery : ObjectGraphType
{
    /// <summary>What <c>server</c> answers.</summary>
    public static readonly Server Current = new("Test Server", "1.0.0");

    /// <summary>How many items <c>items</c> lists without a <c>first</c> or <c>last</c>.</summary>
    public const int DefaultItemCount = 20;

    public TestQuery()
    {
        Name = "Query";

        Field<NonNullGraphType<ServerType>>("server")
            .Description("The server answering: name and version.")
            .Resolve(_ => Current);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
            .Description("Numbered items, as many as first or last asks for.")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .Resolve(context => Items(context.GetArgument<int?>("first") ?? context.GetArgument<int?>("last") ?? DefaultItemCount));

        Field<StringGraphType>("echo")
            .Description("Returns its argument.")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .Resolve(context => context.GetArgument<int>("number").ToString(System.Globalization.CultureInfo.InvariantCulture));

        Field<StringGraphType>("slow")
            .Description("Waits far longer than any test timeout, honouring cancellation.")
            .ResolveAsync(async context =>
            {
                await Task.Delay(TimeSpan.FromMinutes(5), context.CancellationToken);
                return "late";
            });

        Field<StringGraphType>("internalFailure")
            .Description("Throws an unexpected exception whose message must not leak.")
            .Resolve(_ => throw new InvalidOperationException("connection string Password=secret"));

        Field<StringGraphType>("ruleFailure")
            .Description("Throws an exception the application's classifier names.")
            .Resolve(_ => throw new RuleBrokenException("R-1", "Rule R-1 forbids this."));

        Field<NonNullGraphType<StringGraphType>>("outage")
            .Description("Meets a passing outage; non-null, so the answer has no data.")
            .Resolve(_ => throw new OutageException());
    }

    private static Item[] Items(int count) =>
        [.. Enumerable.Range(1, Math.Max(0, count)).Select(number => new Item($"Item number {number:00}", "1.0.0"))];
}

/// <summary>The test schema's <c>Mutation</c> root.</summary>
public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";

        Field<NonNullGraphType<StringGraphType>>("touch")
            .Description("Changes nothing; answers \"touched\".")
            .Resolve(_ => "touched");
    }
}

/// <summary>The server answering.</summary>
public sealed record Server(string Name, string Version);

/// <summary>One listed item.</summary>
public sealed record Item(string Name, string Version);

/// <summary>The <c>Server</c> type.</summary>
public sealed class ServerType : ObjectGraphType<Server>
{
    public ServerType()
    {
        Name = "Server";
        Field(server => server.Name).Description("The server's name.");
        Field(server => server.Version).Description("The server's version.");
    }
}

/// <summary>The <c>Item</c> type.</summary>
public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Name = "Item";
        Field(item => item.Name).Description("The item's name.");
        Field(item => item.Version).Description("The item's version.");
    }
}
