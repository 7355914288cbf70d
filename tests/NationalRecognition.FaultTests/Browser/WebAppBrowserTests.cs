using System.Text.Json;
using Microsoft.Playwright;
using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Browser;

/// <summary>
/// The web application in a real browser against the platform in local mode (as <c>scripts/run.sh</c> starts it): sign-in
/// through the development identity provider, the shell in Kazakh, Russian and English with no serious or critical axe
/// violation, keyboard only, the session's limits (no token for page script, antiforgery, persisted documents only,
/// the expiry warning) and sign-out. The screenshots of docs/ui.md are taken here.
/// </summary>
public sealed class WebAppBrowserTests(LocalPlatform platform) : IClassFixture<LocalPlatform>
{
    private const string KazakhLetters = "әғқңөұүһі";

    [Fact(Timeout = 240_000)]
    public async Task A_learner_signs_in_through_the_development_provider_sees_who_they_are_and_signs_out()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("en-GB");
        await page.GotoAsync(Url("/"));
        await page.Locator("#sign-in").ClickAsync();

        await page.WaitForURLAsync("**/dev-identity/authorize**");
        await BrowserPages.AssertAccessibleAsync(page, "the development sign-in page");
        await BrowserPages.ScreenshotAsync(page, "dev-sign-in");
        await page.Locator("[data-person='learner-030314601238']").ClickAsync();

        await page.WaitForURLAsync(Url("/"));
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(Strings("en")["role.Learner"]);
        await page.GetByRole(AriaRole.Link, new() { Name = Strings("en")["navMe"] }).ClickAsync();
        await Assertions.Expect(page.Locator("#me-role")).ToHaveTextAsync(Strings("en")["role.Learner"]);
        await Assertions.Expect(page.Locator("dd", new() { HasTextString = "030314601238" })).ToBeVisibleAsync();
        await BrowserPages.AssertAccessibleAsync(page, "who am I");
        await BrowserPages.ScreenshotAsync(page, "me-en");

        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync(Url("/"));
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        Assert.False(await SignedInAsync(page));
    }

    [Theory(Timeout = 240_000)]
    [InlineData("kk-KZ", "kk")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en-US", "en")]
    public async Task The_shell_speaks_the_browsers_language_marks_it_and_has_no_serious_accessibility_violation(string locale, string language)
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync(locale);
        await page.GotoAsync(Url("/"));

        await Assertions.Expect(page.Locator("main[data-ready=true]")).ToBeVisibleAsync();
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Strings(language)["homeTitle"]);
        await BrowserPages.AssertAccessibleAsync(page, $"the home page in {language}");
        await BrowserPages.ScreenshotAsync(page, $"home-{language}");

        await SignInAsAsync(page, "head-990840000347");
        await page.GotoAsync(Url("/me"));
        await Assertions.Expect(page.Locator("#me-role")).ToHaveTextAsync(Strings(language)["role.Head"]);
        await BrowserPages.AssertAccessibleAsync(page, $"who am I in {language}");
    }

    [Fact(Timeout = 240_000)]
    public async Task The_language_switcher_changes_every_string_and_the_bundled_font_carries_the_kazakh_letters()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("en-US");
        await page.GotoAsync(Url("/"));
        await Assertions.Expect(page.Locator("main[data-ready=true]")).ToBeVisibleAsync();

        await page.Locator("#language").SelectOptionAsync("kk");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Strings("kk")["homeTitle"]);
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        var fontCarriesKazakh = await page.EvaluateAsync<bool>(
            $"async () => (await document.fonts.load('16px \"Noto Sans\"', '{KazakhLetters}')).length > 0 && document.fonts.check('16px \"Noto Sans\"', '{KazakhLetters}')");
        Assert.True(fontCarriesKazakh, "The bundled Noto Sans did not load for the Kazakh letters.");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Strings("kk")["homeTitle"]);
    }

    [Fact(Timeout = 240_000)]
    public async Task At_320_pixels_the_page_reflows_without_sideways_scrolling_and_targets_are_at_least_24_pixels()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("ru-RU", width: 320, height: 640);
        await SignInAsAsync(page, "analyst-national");
        await page.GotoAsync(Url("/me"));
        await Assertions.Expect(page.Locator("#me-role")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "The page scrolls sideways at 320 px.");
        var small = await page.EvaluateAsync<string>("""
            Array.from(document.querySelectorAll('a, button, select'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 24 || r.height < 24); })
              .map(e => e.outerHTML.slice(0, 80)).join('\n')
            """);
        Assert.True(small.Length == 0, $"Targets smaller than 24 px:\n{small}");
        await BrowserPages.ScreenshotAsync(page, "me-ru-320");
    }

    [Fact(Timeout = 240_000)]
    public async Task Keyboard_alone_signs_in_moves_between_pages_and_signs_out()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("en-US");
        await page.GotoAsync(Url("/"));
        await Assertions.Expect(page.Locator("main[data-ready=true]")).ToBeVisibleAsync();

        await TabToAsync(page, "#sign-in");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/dev-identity/authorize**");
        await TabToAsync(page, "[data-person='analyst-national']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Url("/"));
        await Assertions.Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();

        await TabToAsync(page, "a[href='/me']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#me-role")).ToHaveTextAsync(Strings("en")["role.MinistryAnalyst"]);
        await TabToAsync(page, "a[href='/dashboard']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Url("/dashboard"));
        await Assertions.Expect(page.Locator("body[data-loaded=true]")).ToBeAttachedAsync();
        await BrowserPages.AssertAccessibleAsync(page, "the dashboard");

        await page.GotoAsync(Url("/"));
        await TabToAsync(page, "#sign-out");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task No_token_is_reachable_from_page_script_and_a_write_without_the_antiforgery_token_or_with_an_arbitrary_document_is_refused()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("en-US");
        await SignInAsAsync(page, "learner-030314601238");
        await page.GotoAsync(Url("/me"));
        await Assertions.Expect(page.Locator("#me-role")).ToBeVisibleAsync();

        Assert.Equal(string.Empty, await BrowserPages.TokensReachableFromScriptAsync(page));
        var cookies = await page.Context.CookiesAsync();
        Assert.All(cookies.Where(c => c.Name.StartsWith("nr-", StringComparison.Ordinal)), cookie => Assert.True(cookie.HttpOnly || cookie.Name == "nr-csrf"));
        Assert.Contains(cookies, cookie => cookie is { Name: "nr-session", HttpOnly: true, SameSite: SameSiteAttribute.Lax });

        var withoutToken = await CodeOfAsync(page, "{ 'Content-Type': 'application/json' }", "{ documentId: Object.keys(documents)[0] }");
        Assert.Equal("ANTIFORGERY_TOKEN_INVALID", withoutToken);
        var arbitrary = await CodeOfAsync(page, "{ 'Content-Type': 'application/json', 'X-CSRF-TOKEN': session.antiforgeryToken }", "{ query: '{ platform { name } }' }");
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", arbitrary);
    }

    [Fact(Timeout = 240_000)]
    public async Task The_page_warns_before_the_session_ends_and_extends_it_on_request()
    {
        await using var browser = await BrowserPages.StartAsync();
        var page = await browser.NewPageAsync("en-US");
        await page.Clock.InstallAsync();
        await SignInAsAsync(page, "registrar-960940000175");
        await page.GotoAsync(Url("/me"));
        await Assertions.Expect(page.Locator("#me-role")).ToBeVisibleAsync();
        var before = await ExpiresAtAsync(page);

        // The page's clock jumps to 90 s before the end: the warning appears, with its button.
        await page.Clock.SetSystemTimeAsync(before.AddSeconds(-90).UtcDateTime);
        await page.Clock.RunForAsync(6_000);
        await Assertions.Expect(page.Locator("#expiry-warning")).ToBeVisibleAsync();
        await BrowserPages.AssertAccessibleAsync(page, "the expiry warning");
        await BrowserPages.ScreenshotAsync(page, "expiry-warning-en");

        await page.Locator("#extend-session").ClickAsync();
        await page.Clock.RunForAsync(1_000);
        var after = await ExpiresAtAsync(page);
        Assert.True(after > before, $"The session still ends at {after:O} (was {before:O}).");
        await page.Clock.SetSystemTimeAsync(DateTime.UtcNow);
        await page.Clock.RunForAsync(6_000);
        await Assertions.Expect(page.Locator("#expiry-warning")).ToBeHiddenAsync();
    }

    private string Url(string path) => new Uri(platform.Address, path).ToString();

    /// <summary>Signs the page's person in as a demo person of the development provider, landing on the home page.</summary>
    private async Task SignInAsAsync(IPage page, string person)
    {
        await page.GotoAsync(Url("/auth/signin?returnUrl=/"));
        await page.Locator($"[data-person='{person}']").ClickAsync();
        await page.WaitForURLAsync(Url("/"));
        await Assertions.Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
    }

    private static async Task<bool> SignedInAsync(IPage page) =>
        await page.EvaluateAsync<bool>("async () => (await (await fetch('/auth/session')).json()).signedIn");

    private static async Task<DateTimeOffset> ExpiresAtAsync(IPage page) =>
        DateTimeOffset.Parse(await page.EvaluateAsync<string>("async () => (await (await fetch('/auth/session')).json()).expiresAt"),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The error code of a POST /graphql the page's script sends with the session cookie.</summary>
    private static async Task<string> CodeOfAsync(IPage page, string headers, string body)
    {
        var documents = await File.ReadAllTextAsync(Path.Combine(BuildOutputs.RepositoryRoot, "src", "NationalRecognition.Gateway", "WebApp", "persisted-documents.json"));
        return await page.EvaluateAsync<string>($$"""
            async () => {
              const documents = {{documents}};
              const session = await (await fetch('/auth/session')).json();
              const response = await fetch('/graphql', { method: 'POST', credentials: 'include', headers: {{headers}}, body: JSON.stringify({{body}}) });
              return (await response.json()).errors?.[0]?.extensions?.code ?? 'none';
            }
            """);
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus (at most 40 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await page.EvaluateAsync<bool>($"document.activeElement?.matches(\"{selector}\") ?? false"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    private static Dictionary<string, string> Strings(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(BuildOutputs.RepositoryRoot,
            "src", "NationalRecognition.Gateway", "ClientApp", "app", "i18n", language + ".json")))!;
}
