using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using NationalRecognition.Gateway.DataLoading;

namespace NationalRecognition.Gateway.Tests;

/// <summary>Keys queued during a request are fetched in one call; each key is fetched at most once.</summary>
public sealed class BatchLoaderTests
{
    private readonly List<IReadOnlyCollection<int>> _fetches = [];

    [Fact]
    public async Task Keys_queued_before_the_first_result_is_awaited_are_fetched_in_one_call()
    {
        var loader = CreateLoader();
        var one = loader.Load(1);
        var two = loader.Load(2);

        Assert.Empty(_fetches);
        Assert.Equal("value 2", await two.GetResultAsync());
        Assert.Equal("value 1", await one.GetResultAsync());
        Assert.Equal([1, 2], Assert.Single(_fetches));
    }

    [Fact]
    public async Task The_same_key_is_fetched_once_even_across_batches()
    {
        var loader = CreateLoader();
        var first = loader.Load(3);
        var duplicate = loader.Load(3);
        await first.GetResultAsync();

        var later = loader.Load(3);

        Assert.Equal("value 3", await duplicate.GetResultAsync());
        Assert.Equal("value 3", await later.GetResultAsync());
        Assert.Equal([3], Assert.Single(_fetches));
    }

    [Fact]
    public async Task Keys_loaded_after_a_dispatch_start_a_new_batch()
    {
        var loader = CreateLoader();
        await loader.Load(1).GetResultAsync();

        await loader.Load(2).GetResultAsync();

        Assert.Equal([[1], [2]], _fetches);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_resolves_to_default()
    {
        var loader = CreateLoader();

        Assert.Null(await loader.Load(-1).GetResultAsync());
    }

    [Fact]
    public async Task A_failing_fetch_fails_every_result_of_its_batch()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new TimeoutException("store unavailable"));
        var one = loader.Load(1);
        var two = loader.Load(2);

        await Assert.ThrowsAsync<TimeoutException>(() => one.GetResultAsync());
        await Assert.ThrowsAsync<TimeoutException>(() => two.GetResultAsync());
    }

    [Fact]
    public async Task GraphQL_execution_resolves_a_list_of_loader_fields_with_one_fetch()
    {
        var loader = CreateLoader();
        var item = new ObjectGraphType<int> { Name = "Item" };
        item.Field<NonNullGraphType<IntGraphType>>("id").Resolve(context => context.Source);
        item.Field<StringGraphType>("label").Resolve(context => loader.Load(context.Source));
        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType
        {
            Name = "items",
            ResolvedType = new ListGraphType(new NonNullGraphType(item)),
            Resolver = new GraphQL.Resolvers.FuncFieldResolver<int[]>(_ => [1, 2, 3, 2]),
        });
        var schema = new Schema { Query = query };

        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = "{ items { id label } }",
        });

        Assert.Null(result.Errors);
        Assert.Contains("\"label\":\"value 3\"", new GraphQLSerializer().Serialize(result));
        Assert.Equal([1, 2, 3], Assert.Single(_fetches));
    }

    private BatchLoader<int, string> CreateLoader() => new((keys, _) =>
    {
        _fetches.Add(keys);
        IReadOnlyDictionary<int, string> values = keys.Where(key => key >= 0).ToDictionary(key => key, key => $"value {key}");
        return Task.FromResult(values);
    });
}
