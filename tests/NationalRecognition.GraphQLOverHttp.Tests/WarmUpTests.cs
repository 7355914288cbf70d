using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>
/// Mapping the endpoint runs one warm-up execution, marked so that an application's telemetry can leave it out; a
/// client's request is never marked.
/// </summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Mapping_the_endpoint_runs_one_execution_marked_as_the_warm_up()
    {
        var executions = new ExecutionRecorder();
        await using var endpoint = await TestEndpoint.StartAsync(services: services => services.AddSingleton<IConfigureExecution>(executions));

        Assert.Equal([true], executions.WarmUps);
    }

    [Fact]
    public async Task A_clients_request_is_not_marked_as_the_warm_up()
    {
        var executions = new ExecutionRecorder();
        await using var endpoint = await TestEndpoint.StartAsync(services: services => services.AddSingleton<IConfigureExecution>(executions));

        var response = await PostAsync(endpoint.Client, new { query = "{ __typename }" });

        response.EnsureSuccessStatusCode();
        Assert.Equal([true, false], executions.WarmUps);
    }

    private sealed class ExecutionRecorder : IConfigureExecution
    {
        private readonly ConcurrentQueue<bool> _warmUps = new();

        public float SortOrder => 0;

        public IReadOnlyList<bool> WarmUps => [.. _warmUps];

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            _warmUps.Enqueue(WarmUpExecution.IsWarmUp(options));
            return next(options);
        }
    }
}
