using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Hosting;
using NationalRecognition.Silo;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// A silo does not start on a port another process listens on, even one that shares it by address reuse as Orleans
/// does (Linux would split the connections between the two); the error names the port and the setting to change.
/// </summary>
public sealed class PortInUseTests
{
    [Fact]
    public async Task A_silo_refuses_to_start_on_the_gateway_port_of_a_running_silo()
    {
        using var running = Build();
        await running.StartAsync();
        try
        {
            var gatewayPort = running.Services.GetRequiredService<ILocalSiloDetails>().GatewayAddress!.Endpoint.Port;
            using var second = Build(("Recognition:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture)));

            var refusal = InnerExceptions.Find<PortInUseException>(await Assert.ThrowsAnyAsync<Exception>(() => second.StartAsync()));

            Assert.NotNull(refusal);
            Assert.Equal(gatewayPort, refusal.Port);
            Assert.Equal("Recognition:GatewayPort", refusal.Setting);
            Assert.Contains($"Port {gatewayPort} (127.0.0.1:{gatewayPort}) is already in use", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("Recognition__GatewayPort", refusal.Message, StringComparison.Ordinal);

            // The silo that was there first still has its gateway to itself.
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, gatewayPort);
        }
        finally
        {
            await running.StopAsync();
        }
    }

    [Fact]
    public async Task A_silo_refuses_to_start_on_a_silo_port_that_another_socket_holds_with_address_reuse()
    {
        using var holder = ListenWithAddressReuse();
        var port = ((IPEndPoint)holder.LocalEndPoint!).Port;
        using var silo = Build(("Recognition:SiloPort", port.ToString(CultureInfo.InvariantCulture)));

        var refusal = InnerExceptions.Find<PortInUseException>(await Assert.ThrowsAnyAsync<Exception>(() => silo.StartAsync()));

        Assert.NotNull(refusal);
        Assert.Equal(port, refusal.Port);
        Assert.Equal("Recognition:SiloPort", refusal.Setting);
    }

    [Fact]
    public async Task The_silo_command_exits_with_1_and_says_which_setting_to_change()
    {
        using var holder = ListenWithAddressReuse();
        var port = ((IPEndPoint)holder.LocalEndPoint!).Port;
        using var error = new StringWriter();

        var exitCode = await SiloCommandLine.RunSiloAsync([], new Dictionary<string, string?>
        {
            ["Recognition:GatewayPort"] = port.ToString(CultureInfo.InvariantCulture),
        }, CancellationToken.None, error);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Port {port} ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("set Recognition:GatewayPort", error.ToString(), StringComparison.Ordinal);
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(params (string Key, string? Value)[] settings) =>
        PlatformSiloHost.CreateBuilder([], settings.ToDictionary(s => s.Key, s => s.Value)).Build();

    /// <summary>A listener like Orleans' own: SO_REUSEADDR, which .NET on Linux turns into SO_REUSEPORT too.</summary>
    private static Socket ListenWithAddressReuse()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Listen();
        return socket;
    }
}
