using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NationalRecognition.FaultTests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by scripts/test.sh) run headless with a new empty profile,
/// driven over the DevTools protocol on one page: navigate, evaluate script, take a screenshot. The flags keep it off
/// the network (this machine's network is closed; without them it retries Google's hosts at every start).
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket;
    private readonly StringBuilder _errors = new();
    private int _nextId;

    private HeadlessChromium(Process process, DirectoryInfo profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
    }

    /// <summary>The executable: <c>CHROMIUM_PATH</c> when set, else Debian's.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultExecutable;

    public static async Task<HeadlessChromium> StartAsync(int width, int height, CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {Executable}. scripts/test.sh installs Debian's chromium package; or set CHROMIUM_PATH.");
        }

        var profile = Directory.CreateTempSubdirectory("nr-chromium-");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                     $"--window-size={width},{height}", $"--user-data-dir={profile.FullName}", "--remote-debugging-port=0", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var port = await DevToolsPortAsync(profile, process, cancellationToken);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var pages = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), cancellationToken))!.AsArray();
            var page = pages.First(p => (string?)p!["type"] == "page")!;
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), cancellationToken);
            var browser = new HeadlessChromium(process, profile, socket);
            await browser.SendAsync("Page.enable", null, cancellationToken);
            await browser.SendAsync("Runtime.enable", null, cancellationToken);
            return browser;
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>Console errors and uncaught exceptions the page reported so far.</summary>
    public string PageErrors => _errors.ToString();

    /// <summary>Opens <paramref name="url"/> and waits for the load event.</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, cancellationToken, waitForEvent: "Page.loadEventFired");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }, cancellationToken);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"The page threw evaluating {expression}: {exception.ToJsonString()}");
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Evaluates <paramref name="condition"/> until it is true.</summary>
    public async Task WaitUntilAsync(string condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while ((await EvaluateAsync($"!!({condition})", cancellationToken))?.GetValue<bool>() != true)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"After {timeout.TotalSeconds:F0} s the page still does not satisfy {condition}. Page errors: {PageErrors}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>A PNG of the whole page.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true }, cancellationToken);
        return Convert.FromBase64String((string)result["data"]!);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        Stop(_process, _profile);
        return ValueTask.CompletedTask;
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken, string? waitForEvent = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        JsonNode? answer = null;
        var eventSeen = waitForEvent is null;
        while (answer is null || !eventSeen)
        {
            var received = await ReceiveAsync(cancellationToken);
            if ((int?)received["id"] == id)
            {
                if (received["error"] is { } error)
                {
                    throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
                }

                answer = received["result"] ?? new JsonObject();
            }
            else if ((string?)received["method"] is { } name)
            {
                eventSeen |= name == waitForEvent;
                Observe(name, received["params"]);
            }
        }

        return answer;
    }

    private void Observe(string name, JsonNode? parameters)
    {
        if (name == "Runtime.exceptionThrown")
        {
            _errors.AppendLine(parameters?["exceptionDetails"]?.ToJsonString());
        }
        else if (name == "Runtime.consoleAPICalled" && (string?)parameters?["type"] == "error")
        {
            _errors.AppendLine(parameters?["args"]?.ToJsonString());
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"Chromium closed the DevTools connection. Page errors: {PageErrors}");
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(buffer.ToArray())!;
            }
        }
    }

    private static async Task<int> DevToolsPortAsync(DirectoryInfo profile, Process process, CancellationToken cancellationToken)
    {
        // Chromium writes the port it chose (first line) to DevToolsActivePort in the profile once it listens.
        var file = Path.Combine(profile.FullName, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited at start with code {process.ExitCode}.");
            }

            if (File.Exists(file) && (await File.ReadAllLinesAsync(file, cancellationToken)) is [var port, ..] && int.TryParse(port, out var number))
            {
                return number;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Chromium did not open its DevTools port within {StartTimeout.TotalSeconds:F0} s.");
    }

    private static void Stop(Process process, DirectoryInfo profile)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temp folder is cleaned eventually.
        }
    }
}
