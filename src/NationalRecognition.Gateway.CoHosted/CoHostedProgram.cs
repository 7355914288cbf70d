using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.CoHosted;

/// <summary>
/// Entry point of the gateway that hosts a silo of the cluster in its own process: local mode (the all-in-one of
/// scripts/run.sh) and, in PostgreSql mode, ADR 0008's layout. A class rather than top-level statements, so that its
/// name differs from the client-only gateway's <c>Program</c>; public for WebApplicationFactory.
/// </summary>
public sealed class CoHostedProgram
{
    private CoHostedProgram()
    {
    }

    public static int Main(string[] args)
    {
        if (LocalTokenCommand.IsInvoked(args))
        {
            // `token --role … [--bin …|--iin …]`: mints a local-mode token and exits (refused outside local mode).
            return LocalTokenCommand.Run(args, new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out, Console.Error);
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.AddGatewayServices();
        builder.AddCoHostedSilo();

        var app = builder.Build();
        app.MapGatewayEndpoints();
        app.Run();
        return 0;
    }
}
