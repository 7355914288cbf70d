using System.Net;
using System.Text.RegularExpressions;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.WebApp;

/// <summary>
/// The application's files as the gateway serves them: fingerprinted and cached for a year, compressed, from this
/// origin only, and within the first-load budget of ADR 0017.
/// </summary>
public sealed partial class WebAppAssetsTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    /// <summary>The ADR's budget: the shell's HTML, script and style, compressed, before any font.</summary>
    private const int ShellBudgetBytes = 30 * 1024;

    /// <summary>The ADR's budget with the fonts a Kazakh page loads (Latin, Cyrillic, Cyrillic Extended; regular and bold).</summary>
    private const int FirstLoadBudgetBytes = 120 * 1024;

    [Fact]
    public async Task The_shell_and_its_files_are_within_the_first_load_budget_when_compressed()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        var (shell, fonts) = (0L, 0L);
        using var index = await client.GetAsync("/");
        shell += (await index.Content.ReadAsByteArrayAsync()).Length;
        var html = await DecodedAsync("/");
        foreach (var reference in Reference().Matches(html).Select(m => m.Groups[1].Value))
        {
            using var response = await client.GetAsync(reference);
            shell += (await response.Content.ReadAsByteArrayAsync()).Length;
            if (reference.EndsWith(".css", StringComparison.Ordinal))
            {
                foreach (var font in FontReference().Matches(await DecodedAsync(reference)).Select(m => m.Groups[1].Value))
                {
                    using var fontResponse = await client.GetAsync(font);
                    Assert.Equal(HttpStatusCode.OK, fontResponse.StatusCode);
                    fonts += (await fontResponse.Content.ReadAsByteArrayAsync()).Length;
                }
            }
        }

        Assert.True(shell <= ShellBudgetBytes, $"The shell is {shell} bytes compressed; the budget is {ShellBudgetBytes}.");
        Assert.True(shell + fonts <= FirstLoadBudgetBytes, $"The first load is {shell + fonts} bytes with fonts; the budget is {FirstLoadBudgetBytes}.");
    }

    [Fact]
    public async Task Fingerprinted_files_are_cached_for_a_year_and_sent_compressed_and_the_shell_is_revalidated()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        var script = Reference().Matches(await DecodedAsync("/")).Select(m => m.Groups[1].Value).Single(r => r.EndsWith(".js", StringComparison.Ordinal));

        using var asset = await client.GetAsync(script);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl!.ToString());
        Assert.Equal("br", Assert.Single(asset.Content.Headers.ContentEncoding));
        using var shell = await client.GetAsync("/me");
        Assert.True(shell.Headers.CacheControl!.NoCache);
        Assert.Contains("default-src 'self'", shell.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_file_the_build_did_not_make_is_not_found()
    {
        using var response = await factory.CreateClient().GetAsync("/app/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The body without compression (the test client does not decompress).</summary>
    private async Task<string> DecodedAsync(string path) => await factory.CreateClient().GetStringAsync(path);

    [GeneratedRegex("(?:src|href)=\"(/app/[^\"]+)\"")]
    private static partial Regex Reference();

    [GeneratedRegex(@"url\((/app/[^)]+\.woff2)\)")]
    private static partial Regex FontReference();
}
