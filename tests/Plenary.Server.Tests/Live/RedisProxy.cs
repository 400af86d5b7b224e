using System.Net;
using System.Net.Sockets;

namespace Plenary.Server.Tests.Live;

/// <summary>A TCP relay on loopback between one server process and Redis, which a test can cut (every connection closed, new ones refused) and restore, as a network partition would.</summary>
internal sealed class RedisProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private bool _cut;

    public RedisProxy(string upstream)
    {
        var separator = upstream.LastIndexOf(':');
        _upstreamHost = upstream[..separator];
        _upstreamPort = int.Parse(upstream[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The relay's host:port, to put in the server's Redis configuration string.</summary>
    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Closes every relayed connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _cut = true;
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Restore()
    {
        lock (_gate)
        {
            _cut = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var downstream = await _listener.AcceptTcpClientAsync(_stop.Token);
            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(_upstreamHost, _upstreamPort, _stop.Token);
            }
            catch (SocketException)
            {
                downstream.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (_gate)
            {
                if (_cut)
                {
                    downstream.Dispose();
                    upstream.Dispose();
                    continue;
                }

                _open.Add(downstream);
                _open.Add(upstream);
            }

            _ = RelayAsync(downstream, upstream);
            _ = RelayAsync(upstream, downstream);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Cut, or closed by either end.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
