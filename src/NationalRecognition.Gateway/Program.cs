using NationalRecognition.Gateway;
using NationalRecognition.Gateway.Security;

if (LocalTokenCommand.IsInvoked(args))
{
    // `token --role … [--bin …|--iin …]`: mints a local-mode token and exits (refused outside local mode).
    return LocalTokenCommand.Run(args, new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayServices();

var app = builder.Build();
app.MapGatewayEndpoints();
app.Run();
return 0;

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
