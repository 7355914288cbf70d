using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>
/// <see cref="TestSchema"/> behind the transport at <c>/graphql</c>, in memory, in the Production environment (no
/// exception details), with <see cref="TestErrorClassifier"/>. Anonymous callers may introspect, as on a developer's
/// machine (the tests of that default set it back); a request with the <see cref="CallerHeader"/> header is from an
/// authenticated caller of that name.
/// </summary>
public sealed class TestEndpoint : IAsyncDisposable
{
    /// <summary>The header that authenticates a test caller by name.</summary>
    public const string CallerHeader = "X-Test-Caller";

    private readonly WebApplication _app;

    private TestEndpoint(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an endpoint; <paramref name="configure"/> changes its limits, <paramref name="services"/> adds hooks.</summary>
    public static async Task<TestEndpoint> StartAsync(Action<GraphQLEndpointOptions>? configure = null,
        string environment = "Production", Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(TestEndpoint).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IErrorClassifier, TestErrorClassifier>();
        builder.Services.AddGraphQLHttp<TestSchema>(
            options =>
            {
                options.AnonymousIntrospection = true;
                configure?.Invoke(options);
            },
            graphQL => graphQL.AddGraphTypes(typeof(TestSchema).Assembly));
        services?.Invoke(builder.Services);

        var app = builder.Build();
        try
        {
            app.Use(AuthenticateFromHeader);
            app.MapGraphQLHttp<TestSchema>("/graphql");
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new TestEndpoint(app);
    }

    /// <summary>POSTs <paramref name="body"/> as JSON from the authenticated caller <paramref name="caller"/>.</summary>
    public async Task<HttpResponseMessage> PostAsAsync(string caller, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, GraphQLHttp.Json),
        };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
        request.Headers.Add(CallerHeader, caller);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static Task AuthenticateFromHeader(HttpContext context, RequestDelegate next)
    {
        var name = context.Request.Headers[CallerHeader].ToString();
        if (name.Length > 0)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], authenticationType: "test"));
        }

        return next(context);
    }
}
