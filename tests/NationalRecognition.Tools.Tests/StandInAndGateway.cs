namespace NationalRecognition.Tools.Tests;

/// <summary>One running stand-in and one gateway trusting it, shared by a test class.</summary>
public sealed class StandInAndGateway : IAsyncLifetime
{
    internal RunningStandIn StandIn { get; private set; } = null!;

    internal OpenIdConnectGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StandIn = await RunningStandIn.Start();
        Gateway = await OpenIdConnectGateway.Start(StandIn.Issuer);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
