using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using NationalRecognition.Gateway.Http;

namespace NationalRecognition.Gateway.Tests.CoHosted;

/// <summary>A taken HTTP port is told in one line naming the setting, before anything starts.</summary>
public sealed class ListeningAddressCheckTests
{
    [Fact]
    public void A_port_another_process_listens_on_is_named_with_the_setting_to_change()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var taken = ListeningAddressCheck.FindTaken(Urls(string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}")));

        Assert.NotNull(taken);
        Assert.DoesNotContain('\n', taken);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Port {port} "), taken, StringComparison.Ordinal);
        Assert.Contains("--urls", taken, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", taken, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_port_is_no_reason_to_stop()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.Null(ListeningAddressCheck.FindTaken(Urls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"))));
    }

    private static IConfiguration Urls(string urls) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
}
