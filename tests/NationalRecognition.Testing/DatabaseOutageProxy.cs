using System.Net;
using System.Net.Sockets;

namespace NationalRecognition.Testing;

/// <summary>
/// A TCP relay on a loopback port in front of the PostgreSQL server, so a test can take the database away from the
/// processes that use it and give it back, without stopping the server other tests share: <see cref="Cut"/> closes the
/// listener and every relayed connection (what a crashed or failed-over server looks like to its clients);
/// <see cref="Restore"/> listens on the same port again. <see cref="LoseAnswers"/> lets requests through but drops the
/// server's answers, so that a statement can be committed while its client never hears so (a network failure at the
/// worst moment); a <see cref="Cut"/> then ends the wait.
/// </summary>
public sealed class DatabaseOutageProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;
    private volatile bool _answersLost;

    public DatabaseOutageProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        Port = FreePorts.Next();
        Restore();
    }

    /// <summary>The loopback port the relay listens on.</summary>
    public int Port { get; }

    /// <summary>Accepts and relays connections (again).</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            var listener = _listener;
            _accepting = Task.Run(() => AcceptAsync(listener));
        }
    }

    /// <summary>From now until the next <see cref="Cut"/>, whatever the server sends is dropped before it reaches a client.</summary>
    public void LoseAnswers() => _answersLost = true;

    /// <summary>Refuses new connections and breaks every open one (and answers reach clients again after <see cref="Restore"/>).</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _answersLost = false;
            _listener?.Stop();
            _listener = null;
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cut();
        await _accepting;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(_target);
            }
            catch (SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (_gate)
            {
                _connections.Add(inbound);
                _connections.Add(outbound);
            }

            _ = RelayAsync(inbound, outbound, answers: false);
            _ = RelayAsync(outbound, inbound, answers: true);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to, bool answers)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                if (!(answers && _answersLost))
                {
                    await target.WriteAsync(buffer.AsMemory(0, read));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The other side went away, or the outage closed both.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
