using Microsoft.Playwright;

namespace NationalRecognition.FaultTests.Browser;

/// <summary>
/// Browser sign-in as deployed: PostgreSQL mode, the stand-in identity provider's code flow with PKCE, and two gateway
/// replicas that share the session key ring (as every replica mounts the same Kubernetes Secret) — a session started on
/// one is honoured by the other, and neither hands a token to page script or takes a write without the antiforgery token.
/// </summary>
public sealed class SignInAcrossReplicasTests(ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public Task A_session_started_on_one_gateway_is_honoured_by_the_other() =>
        FaultScenario.RunAsync(output, 1, async (cluster, log, _) =>
        {
            var replica = await cluster.StartReplicaGatewayAsync();
            await using var browser = await BrowserPages.StartAsync();
            var page = await browser.NewPageAsync("ru-RU");

            log.Phase($"signing in on {cluster.GatewayAddress} through the stand-in provider");
            await page.GotoAsync(new Uri(cluster.GatewayAddress, "/auth/signin?returnUrl=/me").ToString());
            await page.WaitForURLAsync($"{cluster.IdentityAddress.ToString().TrimEnd('/')}/authorize**");
            await page.Locator("#sub").FillAsync("analyst-almaty");
            await page.Locator("#role").FillAsync("MinistryAnalyst");
            await page.Locator("#ministry").FillAsync("Enlightenment");
            await page.Locator("#sign-in").ClickAsync();
            await page.WaitForURLAsync(new Uri(cluster.GatewayAddress, "/me").ToString());
            await Assertions.Expect(page.Locator("#me-subject")).ToHaveTextAsync("analyst-almaty");

            log.Phase($"the same browser on the replica {replica}");
            await page.GotoAsync(new Uri(replica, "/me").ToString());
            await Assertions.Expect(page.Locator("#me-subject")).ToHaveTextAsync("analyst-almaty");
            Assert.Equal(string.Empty, await BrowserPages.TokensReachableFromScriptAsync(page));

            var refused = await page.EvaluateAsync<string>("""
                async () => {
                  const response = await fetch('/auth/session/extend', { method: 'POST', credentials: 'include' });
                  return response.status + ' ' + ((await response.json()).errors?.[0]?.extensions?.code ?? '');
                }
                """);
            Assert.Equal("400 ANTIFORGERY_TOKEN_INVALID", refused);

            await page.Locator("#sign-out").ClickAsync();
            await page.WaitForURLAsync(new Uri(replica, "/").ToString());
            await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        });
}
