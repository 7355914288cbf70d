using System.Net;
using System.Text.RegularExpressions;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Gateway.WebApp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>The analysts' dashboard is served by the gateway itself, from files embedded at build time, and holds no data.</summary>
public sealed partial class DashboardTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task The_dashboard_page_is_served_with_a_policy_that_allows_only_this_origin()
    {
        var response = await factory.CreateClient().GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
    }

    [Fact]
    public async Task The_page_loads_only_files_the_gateway_serves_Chart_js_included()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/dashboard");
        // Files only: the links to the application and to sign-in are pages, not files the page loads.
        var references = Reference().Matches(html).Select(m => m.Groups[1].Value).Where(r => r.StartsWith("/dashboard/", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/dashboard/dashboard.css", "/dashboard/chart.umd.min.js", "/dashboard/dashboard.js"], references);
        foreach (var reference in references)
        {
            var asset = await client.GetAsync(reference);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 0, reference);
        }

        Assert.Contains("Chart", await client.GetStringAsync("/dashboard/chart.umd.min.js"));
    }

    [Fact]
    public async Task The_script_reads_the_statistics_api_by_a_persisted_document_and_labels_in_kazakh_russian_and_english()
    {
        var script = await factory.CreateClient().GetStringAsync("/dashboard/dashboard.js");

        var documentId = DocumentId().Match(script).Value;
        Assert.Contains("nationalStatistics", new PersistedDocuments().Find(documentId));
        Assert.Contains("'/graphql'", script);
        Assert.DoesNotContain("Bearer", script);
        foreach (var language in new[] { "kk:", "ru:", "en:" })
        {
            Assert.Contains(language, script);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_embedded_is_not_found()
    {
        var response = await factory.CreateClient().GetAsync("/dashboard/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex DocumentId();

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex Reference();
}
