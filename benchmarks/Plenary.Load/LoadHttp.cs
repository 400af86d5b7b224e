namespace Plenary.Load;

/// <summary>The HTTP client the load drives with: one pool of at most as many connections as requests in flight.</summary>
internal static class LoadHttp
{
    public static HttpClient Create(Uri server, int concurrency) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
        })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(2),
        };
}
