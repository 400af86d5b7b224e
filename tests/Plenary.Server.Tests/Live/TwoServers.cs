using System.Globalization;

namespace Plenary.Server.Tests.Live;

/// <summary>Two real server processes on one PostgreSQL schema with a Redis backplane, each reaching Redis through a relay the test can cut.</summary>
/// <remarks>
/// Only <see cref="First"/> lays down the demo accounts, and neither seeds the demo meetings: two
/// processes starting at once on an empty log would both try to, and the second append would fail
/// on the stream version the first one took. They start together; the second needs nothing the
/// first writes until the test signs in.
/// </remarks>
internal sealed class TwoServers : IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    private TwoServers(TestRedis redis, PostgresDatabase database, ServerProcess first, ServerProcess second)
    {
        Redis = redis;
        _database = database;
        First = first;
        Second = second;
    }

    public TestRedis Redis { get; }

    public ServerProcess First { get; }

    public ServerProcess Second { get; }

    /// <param name="secondCatchUp">How often the second server compares what it delivered with the log (<c>Live:CatchUpInterval</c>).</param>
    public static async Task<TwoServers> StartAsync(TimeSpan? secondCatchUp = null)
    {
        var redis = TestRedis.Open();
        PostgresDatabase database;
        try
        {
            database = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }

        ServerProcess? first = null;
        ServerProcess? second = null;
        try
        {
            first = ServerProcess.Start("first server", Settings(redis, database, "first", accounts: true, catchUp: null));
            second = ServerProcess.Start("second server", Settings(redis, database, "second", accounts: false, catchUp: secondCatchUp));
            await Task.WhenAll(first.WaitForReadinessAsync(), second.WaitForReadinessAsync());
            return new TwoServers(redis, database, first, second);
        }
        catch
        {
            await DisposeAllAsync(first, second, redis, database);
            throw;
        }
    }

    /// <summary>Runs the test's steps; when one fails, both servers' output goes to the test's output.</summary>
    public async Task RunAsync(Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception) when (Report())
        {
            throw;
        }
    }

    public ValueTask DisposeAsync() => DisposeAllAsync(First, Second, Redis, _database);

    private bool Report()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(First.Output + "\n" + Second.Output);
        return false;
    }

    private static Dictionary<string, string> Settings(TestRedis redis, PostgresDatabase database, string name, bool accounts, TimeSpan? catchUp)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EventLog:Provider"] = "postgres",
            ["ConnectionStrings:EventLog"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis.ConnectionFor(name),
            ["Live:RedisChannel"] = redis.Channel,
            ["Demo:Seed"] = "false",
            ["Demo:Accounts"] = accounts ? "true" : "false",
        };
        if (catchUp is { } interval)
        {
            settings["Live:CatchUpInterval"] = interval.ToString("c", CultureInfo.InvariantCulture);
        }

        return settings;
    }

    private static async ValueTask DisposeAllAsync(ServerProcess? first, ServerProcess? second, TestRedis redis, PostgresDatabase database)
    {
        try
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                if (second is not null)
                {
                    await second.DisposeAsync();
                }
            }
            finally
            {
                await redis.DisposeAsync();
                await database.DisposeAsync();
            }
        }
    }
}
