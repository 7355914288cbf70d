using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Browser;
using NationalRecognition.FaultTests.Processes;
using Npgsql;

namespace NationalRecognition.FaultTests;

/// <summary>
/// The analysts' dashboard in headless Chromium against the platform deployed as processes (PostgreSQL, the stand-in
/// identity provider, a silo, a gateway): signed in as an analyst through the provider's code flow it draws, by region, by issuer kind and by
/// month, exactly the figures the statistics API returns for that token, and its drill-down shows what the API shows
/// one level down. The aggregate rows are seeded straight in SQL (3,000 applications over 60 institutions, unevenly,
/// in every region over twelve months), so the cells the charts draw are large enough to be shown; the national rollup is built from them by its
/// own migration script.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    private const string ApiQuery = """
        {
          total: nationalStatistics { cells { applications decisions } }
          byRegion: nationalStatistics(groupBy: [REGION]) { cells { region suppressed applications } }
          byIssuer: nationalStatistics(facet: ISSUER_KIND, groupBy: [FACET_VALUE]) { cells { facetValue suppressed applications } }
          byMonth: nationalStatistics(groupBy: [MONTH]) { cells { month suppressed applications decisions } }
          byMinistry: nationalStatistics(groupBy: [MINISTRY]) { cells { ministry applications } }
          regions { region englishName }
        }
        """;

    [Fact(Timeout = 300_000)]
    public Task The_dashboard_draws_the_figures_the_statistics_api_returns_and_drills_down() =>
        FaultScenario.RunAsync(output, 1, async (cluster, log, _) =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await DrawsAndDrillsDownAsync(cluster, log, timeout.Token);
        });

    private static async Task DrawsAndDrillsDownAsync(FaultCluster cluster, PhaseLog log, CancellationToken cancellationToken)
    {
        log.Phase("seeding the statistics in SQL");
        await SeedAsync(cluster.ConnectionString, cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var token = await new IdentityTokens(http, cluster.IdentityAddress).IssueAsync("analyst-national", "MinistryAnalyst");
        var api = await AskAsync(http, cluster.GatewayAddress, token, ApiQuery, cancellationToken);

        log.Phase("opening the dashboard in headless Chromium");
        await using var browser = await HeadlessChromium.StartAsync(1280, 1500, cancellationToken);
        await SignInAsync(browser, cluster, cancellationToken);

        var regionNames = api["regions"]!.AsArray().ToDictionary(r => (string)r!["region"]!, r => (string)r!["englishName"]!);
        var expectedRegions = Shown(api["byRegion"]!).ToDictionary(c => regionNames[(string)c["region"]!], c => (long)c["applications"]!);
        Assert.Equal(20, expectedRegions.Count);
        Assert.Equal(expectedRegions, await DrawnAsync(browser, "chart-region", 0, cancellationToken));

        var issuers = Shown(api["byIssuer"]!).Select(c => (long)c["applications"]!).Order().ToList();
        var drawnIssuers = await DrawnAsync(browser, "chart-issuer", 0, cancellationToken);
        Assert.Equal(4, issuers.Count);
        Assert.Equal(issuers, drawnIssuers.Values.Order().ToList());

        var months = Shown(api["byMonth"]!).OrderBy(c => (string)c["month"]!).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(months.ToDictionary(c => ((string)c["month"]!)[..7], c => (long)c["applications"]!), await DrawnAsync(browser, "chart-month", 0, cancellationToken));
        Assert.Equal(months.ToDictionary(c => ((string)c["month"]!)[..7], c => (long)c["decisions"]!), await DrawnAsync(browser, "chart-month", 1, cancellationToken));

        var total = api["total"]!["cells"]![0]!;
        Assert.Equal((long)total["applications"]!, await TotalAsync(browser, "applications", cancellationToken));
        Assert.Equal((long)total["decisions"]!, await TotalAsync(browser, "decisions", cancellationToken));
        var ministries = api["byMinistry"]!["cells"]!.AsArray().Select(c => (string)c!["ministry"]!).Order().ToList();
        Assert.Equal(ministries, await DrillGroupsAsync(browser, cancellationToken));

        var screenshot = Path.Combine(BuildOutputs.RepositoryRoot, "artifacts", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync(cancellationToken), cancellationToken);
        log.Info($"screenshot: {screenshot}");

        log.Phase("drilling down into the ministry of science and higher education");
        await browser.EvaluateAsync(
            "document.body.setAttribute('data-loaded', 'pending'); document.querySelector('#drill tbody tr[data-group=SCIENCE_AND_HIGHER_EDUCATION]').click()",
            cancellationToken);
        await browser.WaitUntilAsync("document.body.getAttribute('data-loaded') === 'true'", PageTimeout, cancellationToken);
        var sector = await AskAsync(http, cluster.GatewayAddress, token,
            "{ s: nationalStatistics(filter: { ministry: SCIENCE_AND_HIGHER_EDUCATION }, groupBy: [REGION]) { cells { region applications } } }", cancellationToken);
        var sectorRegions = sector["s"]!["cells"]!.AsArray().Select(c => (string)c!["region"]!).Order().ToList();
        Assert.Equal(20, sectorRegions.Count);
        Assert.Equal(sectorRegions, await DrillGroupsAsync(browser, cancellationToken));
        Assert.Equal(string.Empty, browser.PageErrors);
    }

    private static IEnumerable<JsonNode> Shown(JsonNode view) =>
        view["cells"]!.AsArray().Select(c => c!).Where(c => !(bool)c["suppressed"]!);

    /// <summary>Label → value of the dataset as the Chart.js instance on the canvas holds it (what it draws).</summary>
    private static async Task<Dictionary<string, long>> DrawnAsync(HeadlessChromium browser, string canvas, int dataset, CancellationToken cancellationToken)
    {
        var drawn = (await browser.EvaluateAsync(
            $"(() => {{ const c = Chart.getChart('{canvas}'); return {{ labels: c.data.labels, data: c.data.datasets[{dataset}].data }}; }})()",
            cancellationToken))!;
        var labels = drawn["labels"]!.AsArray().Select(l => (string)l!).ToList();
        var data = drawn["data"]!.AsArray().Select(v => (long)v!).ToList();
        return labels.Zip(data).ToDictionary(p => p.First, p => p.Second);
    }

    private static async Task<long> TotalAsync(HeadlessChromium browser, string name, CancellationToken cancellationToken)
    {
        var text = (string)(await browser.EvaluateAsync($"document.querySelector('[data-total={name}] b').textContent", cancellationToken))!;
        return long.Parse(text, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"));
    }

    private static async Task<List<string>> DrillGroupsAsync(HeadlessChromium browser, CancellationToken cancellationToken) =>
        (await browser.EvaluateAsync("Array.from(document.querySelectorAll('#drill tbody tr')).map(r => r.getAttribute('data-group'))", cancellationToken))!
            .AsArray().Select(g => (string)g!).Order().ToList();

    /// <summary>
    /// The query's data; an <c>UNAVAILABLE</c> answer (a cold silo on a loaded machine) is retried, as the code says,
    /// until <see cref="PageTimeout"/> has passed.
    /// </summary>
    private static async Task<JsonNode> AskAsync(HttpClient http, Uri gateway, string token, string query, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/graphql")) { Content = JsonContent.Create(new { query }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            if (clock.Elapsed < PageTimeout && body["errors"]?.AsArray().Any(e => (string?)e?["extensions"]?["code"] == "UNAVAILABLE") == true)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                continue;
            }

            Assert.True(body["errors"] is null, $"The statistics API answered with errors: {body["errors"]}");
            return body["data"]!;
        }
    }

    /// <summary>
    /// Signs in as the national analyst through the stand-in provider's code flow (the dashboard uses the application's
    /// session: it never sees a token), in English, and waits for the dashboard to draw.
    /// </summary>
    private static async Task SignInAsync(HeadlessChromium browser, FaultCluster cluster, CancellationToken cancellationToken)
    {
        await browser.NavigateAsync(new Uri(cluster.GatewayAddress, "/dashboard"), cancellationToken);
        await browser.EvaluateAsync("localStorage.setItem('nr-language', 'en')", cancellationToken);
        await browser.NavigateAsync(new Uri(cluster.GatewayAddress, "/auth/signin?returnUrl=/dashboard"), cancellationToken);
        await browser.WaitUntilAsync("document.getElementById('sub') !== null", PageTimeout, cancellationToken);
        await browser.EvaluateAsync(
            "document.getElementById('sub').value = 'analyst-national'; document.getElementById('role').value = 'MinistryAnalyst'; " +
            "setTimeout(() => document.getElementById('sign-in').click(), 0)",
            cancellationToken);
        await browser.WaitUntilAsync("location.pathname === '/dashboard' && document.body !== null && document.body.hasAttribute('data-loaded')",
            PageTimeout, cancellationToken);
        await OpenAsync(browser, null, cancellationToken);
    }

    /// <summary>
    /// Waits for the page to draw (opening <paramref name="page"/> first, when given); a load that failed (the page shows
    /// why) is reloaded, at most three times.
    /// </summary>
    private static async Task OpenAsync(HeadlessChromium browser, Uri? page, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (page is not null)
            {
                await browser.NavigateAsync(page, cancellationToken);
            }
            await browser.WaitUntilAsync("['true', 'error'].includes(document.body.getAttribute('data-loaded'))", PageTimeout, cancellationToken);
            var outcome = (string?)await browser.EvaluateAsync("document.body.getAttribute('data-loaded')", cancellationToken);
            if (outcome == "true")
            {
                return;
            }

            var error = (string?)await browser.EvaluateAsync("document.getElementById('error').textContent", cancellationToken);
            Assert.True(attempt < 3, $"The dashboard could not load its statistics three times; last: {error}");
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            page ??= await CurrentAddressAsync(browser, cancellationToken);
        }
    }

    private static async Task<Uri> CurrentAddressAsync(HeadlessChromium browser, CancellationToken cancellationToken) =>
        new((string)(await browser.EvaluateAsync("location.href", cancellationToken))!);

    private static string PublishedSql()
    {
        // In the order of the cell keys (CellKeyMeasures): 1-11 counts, 12 credits, 13-35 decision-hour buckets, 36 refusals.
        string[] counts = ["submitted", "under_review", "recognised", "partly_recognised", "not_recognised", "withdrawn",
            "decided_recognised", "decided_partly", "decided_not", "units_recognised", "units_refused"];
        var published = counts.Select((column, i) => $"sum({column} + statistics_noise({column}, cell_keys[{i + 1}]))::bigint")
            .Append("0")
            .Concat(Enumerable.Range(1, 23).Select(i => $"sum(decision_hours[{i}] + statistics_noise(decision_hours[{i}], cell_keys[{12 + i}]))::bigint"))
            .Append("sum(refusals + statistics_noise(refusals, cell_keys[36]))::bigint");
        return $"""
            UPDATE statistics_counters SET cell_keys = ARRAY(
                SELECT (abs(hashtext(institution_bin || month::text || facet_value || m::text)) % 256000)::bigint FROM generate_series(1, 36) m);
            UPDATE statistics_rollup r SET published = p.published, published_credits = p.credits
            FROM (SELECT facet, facet_value, ministry, region, month, ARRAY[{string.Join(", ", published)}] AS published,
                         sum(CASE WHEN credits_recognised = 0 THEN 0
                                  ELSE GREATEST(0, credits_recognised + 5 * statistics_noise(decided_recognised + decided_partly, cell_keys[12])) END) AS credits
                  FROM statistics_counters GROUP BY facet, facet_value, ministry, region, month) p
            WHERE (r.facet, r.facet_value, r.ministry, r.region, r.month) IS NOT DISTINCT FROM (p.facet, p.facet_value, p.ministry, p.region, p.month);
            """;
    }

    private static async Task SeedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Deterministic but uneven: multiplicative hashes of the row number pick a skewed institution (so regions
        // differ), a month, a status, an issuer kind (MOOCs most) and a decision-time bucket.
        var buckets = string.Join(", ", Enumerable.Range(0, 23).Select(i => $"count(*) FILTER (WHERE decided AND bucket = {i})"));
        await using (var seed = new NpgsqlCommand($"""
            CREATE TEMP TABLE seeded AS
            SELECT i.bin, i.region, i.kind, CASE WHEN i.kind < 2 THEN 0 ELSE 1 END AS ministry,
                   (date_trunc('month', now()) - (floor(u.month * 12) || ' months')::interval)::date AS month,
                   s.status, s.status IN (2, 3, 4) AS decided, 5 + floor(u.hours * 10)::int AS bucket,
                   CASE WHEN u.issuer < 0.45 THEN 'MoocPlatform' WHEN u.issuer < 0.70 THEN 'ElectronicLabourExchange'
                        WHEN u.issuer < 0.90 THEN 'AdditionalEducationOrEmployer' ELSE 'EducationOrganisation' END AS issuer
            FROM generate_series(1, 3000) g
            CROSS JOIN LATERAL (SELECT ((g::bigint * 2654435761) % 4294967296) / 4294967296.0 AS institution,
                                       ((g::bigint * 2246822519) % 4294967296) / 4294967296.0 AS month,
                                       ((g::bigint * 3266489917) % 4294967296) / 4294967296.0 AS status,
                                       ((g::bigint * 668265263) % 4294967296) / 4294967296.0 AS issuer,
                                       ((g::bigint * 374761393) % 4294967296) / 4294967296.0 AS hours) u
            CROSS JOIN LATERAL (SELECT floor(power(u.institution, 1.6) * 60)::int AS n) p
            CROSS JOIN LATERAL (SELECT lpad((p.n + 100000000000)::text, 12, '0') AS bin, p.n % 20 AS region, (p.n / 20) % 3 AS kind) i
            CROSS JOIN LATERAL (SELECT CASE WHEN u.status < 0.25 THEN 0 WHEN u.status < 0.40 THEN 1 WHEN u.status < 0.70 THEN 2
                                            WHEN u.status < 0.82 THEN 3 WHEN u.status < 0.94 THEN 4 ELSE 5 END AS status) s;
            INSERT INTO statistics_counters (facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year,
                period_id, month, submitted, under_review, recognised, partly_recognised, not_recognised, withdrawn, decided_recognised,
                decided_partly, decided_not, units_recognised, units_refused, credits_recognised, decision_hours, refusals)
            SELECT f.facet, CASE f.facet WHEN 0 THEN '' ELSE s.issuer END, s.ministry, s.region, s.kind, s.bin, s.kind,
                   extract(year FROM s.month)::int, 'autumn', s.month,
                   count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 2),
                   count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4), count(*) FILTER (WHERE status = 5),
                   count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4),
                   count(*) FILTER (WHERE status IN (2, 3)), count(*) FILTER (WHERE status IN (3, 4)), 5 * count(*) FILTER (WHERE status IN (2, 3)),
                   ARRAY[{buckets}]::bigint[], 0
            FROM seeded s CROSS JOIN (VALUES (0), (1)) AS f(facet)
            GROUP BY f.facet, CASE f.facet WHEN 0 THEN '' ELSE s.issuer END, s.ministry, s.region, s.kind, s.bin, s.month;
            """, connection))
        {
            await seed.ExecuteNonQueryAsync(cancellationToken);
        }

        // The national rollup, built from those rows by the migration that backfills it.
        var rollup = await File.ReadAllTextAsync(Path.Combine(BuildOutputs.RepositoryRoot,
            "src", "NationalRecognition.Persistence", "Migrations", "0006_statistics_rollup.sql"), cancellationToken);
        await using var backfill = new NpgsqlCommand(rollup, connection);
        await backfill.ExecuteNonQueryAsync(cancellationToken);

        // Analysts read published figures (ADR 0013): each row's cell keys, and the rollup's published sums as the
        // projector keeps them (the rows' counts plus their perturbations).
        await using var publish = new NpgsqlCommand(PublishedSql(), connection);
        await publish.ExecuteNonQueryAsync(cancellationToken);
    }
}
