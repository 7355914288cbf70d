using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Benchmarks;

/// <summary>The harness's commands (benchmarks/run.sh uses each; every one is usable alone).</summary>
public static class HarnessCommands
{
    private const string Usage = """
        Commands (each with --name value pairs):
          free-port                                   a free loopback TCP port
          learners  --count N --out FILE [--token-url URL] [--seed N]
                                                      N valid IINs, each with a Learner token (or "-"), tab-separated
          token     --token-url URL --role ROLE [--bin BIN] [--sub SUBJECT]
          templates --payloads DIR --out DIR [--warmup-period ID]
                                                      request bodies for wrk from benchmarks/payloads
          seed      --graphql URL --token-url URL --seed DIR --operations DIR
          preload   --target platform|reference --url BASE --payloads DIR --learners FILE --count N
                    --concurrency N --key-prefix P --ids FILE --result FILE [--max-seconds N]
          quiet     --run NAME --roots "PID ..." --stop FILE --ready FILE --out FILE [--interval-ms N] [--max-other-cores C]
                                                      CPU of other work (processes not descended from the roots) from
                                                      its start until FILE --stop exists; verdict quiet or VOID
          report    --results DIR --out FILE --introduction FILE --label TEXT --command TEXT --small N --large N
                    --connections N --threads N [--warmup D] --duration D --status-duration D --pg-settings TEXT [--count TEXT] [--preload-max-seconds N]
                    [--baseline DIR]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 64;
        }

        try
        {
            var arguments = new Arguments(args[1..]);
            return args[0] switch
            {
                "free-port" => FreePort(),
                "learners" => await Learners(arguments),
                "token" => await Token(arguments),
                "templates" => Templates(arguments),
                "seed" => await Seed(arguments),
                "preload" => await Preload(arguments),
                "quiet" => await Quiet(arguments),
                "report" => Report(arguments),
                _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
            };
        }
        catch (ArgumentException wrong)
        {
            await Console.Error.WriteLineAsync(wrong.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 64;
        }
        catch (HarnessRequestException failed)
        {
            await Console.Error.WriteLineAsync($"Request failed: {failed.Message}");
            return 1;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port);
        return 0;
    }

    private static async Task<int> Learners(Arguments arguments)
    {
        var count = arguments.Number("count");
        var iins = IinPool.Generate(count, arguments.Number("seed", 0)).ToList();
        var tokenUrl = arguments.Optional("token-url");
        var tokens = new string[count];
        Array.Fill(tokens, "-");
        if (tokenUrl is not null)
        {
            using var client = new HttpClient();
            var standIn = new StandInTokens(client, tokenUrl);
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
                tokens[i] = await standIn.Issue($"bench-learner-{iins[i]}", "Learner", iin: iins[i]));
        }

        await File.WriteAllLinesAsync(arguments.Required("out"), iins.Select((iin, i) => $"{iin}\t{tokens[i]}"));
        return 0;
    }

    private static async Task<int> Token(Arguments arguments)
    {
        using var client = new HttpClient();
        var bin = arguments.Optional("bin");
        var role = arguments.Required("role");
        Console.WriteLine(await new StandInTokens(client, arguments.Required("token-url"))
            .Issue(arguments.Optional("sub") ?? $"bench-{role.ToLowerInvariant()}-{bin ?? "national"}", role, bin: bin));
        return 0;
    }

    private static int Templates(Arguments arguments)
    {
        RequestTemplates.Load(arguments.Required("payloads")).WriteTo(arguments.Required("out"), arguments.Optional("warmup-period"));
        return 0;
    }

    private static async Task<int> Seed(Arguments arguments)
    {
        using var client = new HttpClient();
        var seeder = new PlatformSeeder(
            new GraphQLClient(client, arguments.Required("graphql")), new StandInTokens(client, arguments.Required("token-url")));
        await seeder.Seed(arguments.Required("seed"), arguments.Required("operations"), Console.Out);
        return 0;
    }

    private static async Task<int> Preload(Arguments arguments)
    {
        var concurrency = arguments.Number("concurrency");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var result = await new Preloader(client).Run(
            arguments.Required("target"),
            arguments.Required("url").TrimEnd('/'),
            RequestTemplates.Load(arguments.Required("payloads")),
            Learner.ReadAll(arguments.Required("learners")),
            arguments.Number("count"),
            concurrency,
            arguments.Required("key-prefix"),
            arguments.Required("ids"),
            Console.Out,
            arguments.Number("max-seconds", 0) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null);
        await File.WriteAllTextAsync(arguments.Required("result"), JsonSerializer.Serialize(result, HarnessJson.Options));
        Console.WriteLine($"preloaded {result.Stored}/{result.Count} in {result.Seconds:F1} s ({result.PerSecond:F0}/s at concurrency {concurrency}); failed {result.Failed}"
            + (result.StoppedAtTimeLimit ? "; stopped at the time limit" : string.Empty));
        if (result.Failed > 0)
        {
            await Console.Error.WriteLineAsync($"first failure: {result.FirstFailure}");
            return 1;
        }

        return 0;
    }

    private static async Task<int> Quiet(Arguments arguments)
    {
        var roots = arguments.Required("roots").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToHashSet();
        var maxOtherCores = arguments.Optional("max-other-cores") is { } limit
            ? double.Parse(limit, CultureInfo.InvariantCulture)
            : QuietVerdict.DefaultMaxOtherCores;
        var verdict = await QuietWatch.Run(
            arguments.Required("run"), roots, arguments.Required("stop"), arguments.Required("ready"),
            TimeSpan.FromMilliseconds(arguments.Number("interval-ms", 1000)), maxOtherCores);
        await QuietWatch.Write(verdict, arguments.Required("out"));
        Console.WriteLine(verdict.Describe());
        return 0;
    }

    private static int Report(Arguments arguments)
    {
        var report = new BenchmarkReport(arguments.Required("results"), new ReportSettings(
            arguments.Required("label"),
            arguments.Required("command"),
            arguments.Number("small"),
            arguments.Number("large"),
            arguments.Number("connections"),
            arguments.Number("threads"),
            arguments.Optional("warmup") ?? "no",
            arguments.Required("duration"),
            arguments.Required("status-duration"),
            arguments.Required("pg-settings"),
            arguments.Optional("count") ?? "?",
            arguments.Number("preload-max-seconds", 0) is > 0 and var limit
                ? $" (the preload towards {arguments.Required("large")} stops after {limit} s: the backlog rows say what was reached)"
                : string.Empty,
            arguments.Optional("baseline") is { Length: > 0 } baseline ? baseline : null));
        Console.WriteLine(report.Markdown());
        report.WriteInto(arguments.Required("out"), File.ReadAllText(arguments.Required("introduction")));
        return 0;
    }
}
