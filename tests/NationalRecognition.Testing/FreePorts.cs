using System.Net;
using System.Net.Sockets;

namespace NationalRecognition.Testing;

/// <summary>Loopback ports nobody listens on right now, for the silos that test gateways co-host.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
