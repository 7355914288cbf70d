using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Browser;

/// <summary>
/// Playwright driving Debian's Chromium (<see cref="HeadlessChromium.Executable"/>, no browser download), headless and
/// offline; one browser per test, a fresh context (no cookies) per person. Helpers for what every page test checks.
/// </summary>
public sealed class BrowserPages : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserPages(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Where the screenshots the documentation shows are written (docs/ui/).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(BuildOutputs.RepositoryRoot, "docs", "ui");

    public static async Task<BrowserPages> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HeadlessChromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return new BrowserPages(playwright, browser);
    }

    /// <summary>A new person's page: no cookies, the browser's language <paramref name="locale"/> (its Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(string locale = "kk-KZ", int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Fails with every serious or critical axe-core violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"{what}: axe-core found serious or critical violations:{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Whether anything the page's script can read holds a token (a JWT starts with "eyJ").</summary>
    public static async Task<string> TokensReachableFromScriptAsync(IPage page) =>
        await page.EvaluateAsync<string>("""
            async () => {
              const session = await (await fetch('/auth/session', { credentials: 'same-origin' })).text();
              const places = { cookie: document.cookie, localStorage: JSON.stringify({ ...localStorage }),
                sessionStorage: JSON.stringify({ ...sessionStorage }), html: document.documentElement.outerHTML, url: location.href, session };
              return Object.entries(places).filter(([, text]) => text.includes('eyJ') || text.includes('nr-session')).map(([name]) => name).join(', ');
            }
            """);

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
