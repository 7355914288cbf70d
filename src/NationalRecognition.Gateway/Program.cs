using NationalRecognition.Gateway;
using NationalRecognition.Gateway.Cluster;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Sessions;

if (SessionKeysCommand.IsInvoked(args))
{
    // `session-keys --directory DIR`: adds a key to the session key ring every gateway replica reads (docs/deployment.md).
    return SessionKeysCommand.Run(args, Console.Out, Console.Error);
}

if (LocalTokenCommand.IsInvoked(args))
{
    // `token --role … [--bin …|--iin …]`: mints a local-mode token and exits (refused outside local mode).
    return LocalTokenCommand.Run(args, new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out, Console.Error);
}

// The client-only gateway: the API and an Orleans client of the cluster's silos. A gateway with a silo in the same
// process (local mode, ADR 0008's layout) is NationalRecognition.Gateway.CoHosted.
var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayServices();
builder.AddClusterClient();

var app = builder.Build();
app.MapGatewayEndpoints();

// A taken port ends the gateway with one line naming the setting to change.
return app.RunOrExplain(Console.Error);

/// <summary>Entry point of the client-only gateway, public for WebApplicationFactory.</summary>
public partial class Program;
