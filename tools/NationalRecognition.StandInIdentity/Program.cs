namespace NationalRecognition.StandInIdentity;

/// <summary>
/// <c>dotnet NationalRecognition.StandInIdentity.dll [--urls http://127.0.0.1:5199]</c>: a throw-away OpenID Connect
/// provider for tests and benchmarks. Prints <c>Issuer: …</c> once it listens; stops on Ctrl+C or SIGTERM.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = StandInIdentityApp.Build(args);
        }
        catch (InvalidOperationException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 2;
        }

        await using (app)
        {
            await app.StartAsync();
            Console.WriteLine($"Issuer: {app.Services.GetRequiredService<IssuerAddress>().Value}");
            await app.WaitForShutdownAsync();
        }

        return 0;
    }
}
