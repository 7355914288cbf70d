namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>One endpoint with the default limits, shared by a test class.</summary>
public sealed class SharedTestEndpoint : IAsyncLifetime
{
    public TestEndpoint Endpoint { get; private set; } = null!;

    public HttpClient Client => Endpoint.Client;

    public async Task InitializeAsync() => Endpoint = await TestEndpoint.StartAsync();

    public async Task DisposeAsync() => await Endpoint.DisposeAsync();
}
