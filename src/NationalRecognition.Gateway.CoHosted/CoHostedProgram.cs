using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Hosting;

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
        try
        {
            // A taken HTTP port ends the process with one line naming the setting, before the silo starts.
            return app.RunOrExplain(Console.Error);
        }
        catch (Exception exception) when (PortInUseException.FindIn(exception) is { } portInUse)
        {
            // A silo port set by hand (Recognition:SiloPort, Recognition:GatewayPort) that another process listens on.
            Console.Error.WriteLine(portInUse.Message);
            return 1;
        }
    }
}
