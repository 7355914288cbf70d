using System.Net;
using System.Net.Sockets;

namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>Loopback ports that nothing listens on at the moment of asking, for Local-mode silos.</summary>
internal static class FreeLoopbackPorts
{
    /// <summary>A port the operating system hands out as free on 127.0.0.1, other than <paramref name="exclude"/>.</summary>
    public static int Pick(int? exclude = null)
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port != exclude)
            {
                return port;
            }
        }
    }
}
