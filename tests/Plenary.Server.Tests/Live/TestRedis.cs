using System.Security.Cryptography;

namespace Plenary.Server.Tests.Live;

/// <summary>The Redis server the test script starts, named by <c>PLENARY_TEST_REDIS</c>; each test gets a channel of its own and reaches Redis through relays it can cut.</summary>
internal sealed class TestRedis : IAsyncDisposable
{
    public const string Variable = "PLENARY_TEST_REDIS";

    private readonly Dictionary<string, RedisProxy> _proxies = new(StringComparer.Ordinal);

    private TestRedis(string server)
    {
        Server = server;
        Channel = "plenary-test-" + RandomNumberGenerator.GetHexString(12, lowercase: true);
    }

    /// <summary>The server's host:port.</summary>
    public string Server { get; }

    /// <summary>A channel for this test's servers alone, so that concurrent tests never hear each other's meetings.</summary>
    public string Channel { get; }

    /// <summary>The server named by <see cref="Variable"/>; skips the test when there is none, and fails it instead under CI.</summary>
    public static TestRedis Open()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            const string Missing = $"{Variable} is not set: scripts/test.sh starts redis-server on 127.0.0.1 and sets it, e.g. \"127.0.0.1:6379\".";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Missing + " Under CI the Redis tests must run.");
            }

            Assert.Skip(Missing);
        }

        return new TestRedis(server.Trim());
    }

    /// <summary>A StackExchange.Redis configuration string for one server process, through a relay of its own.</summary>
    public string ConnectionFor(string name)
    {
        var proxy = new RedisProxy(Server);
        _proxies.Add(name, proxy);
        return $"{proxy.Endpoint},name={Channel}-{name}";
    }

    /// <summary>Cuts the named process off Redis: its connections close and it cannot reconnect until <see cref="Restore"/>.</summary>
    public void CutOff(string name) => _proxies[name].Cut();

    public void Restore(string name) => _proxies[name].Restore();

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in _proxies.Values)
        {
            await proxy.DisposeAsync();
        }
    }
}
