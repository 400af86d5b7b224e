using System.Security.Cryptography;

namespace Plenary.Load;

/// <summary>The servers of one round, started for it and stopped after it: the bare baseline and Plenary, one process each, or two each in the two-server round.</summary>
internal sealed class RoundServers : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned;

    private RoundServers(List<IAsyncDisposable> owned, ServerPair bare, ServerPair plenary)
    {
        _owned = owned;
        Bare = bare;
        Plenary = plenary;
    }

    public ServerPair Bare { get; }

    public ServerPair Plenary { get; }

    public static string Name(RoundKind kind) => kind switch
    {
        RoundKind.InProcess => "in-process",
        RoundKind.Redis => "redis",
        RoundKind.TwoServers => "two-servers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static async Task<RoundServers> StartAsync(RoundKind kind, LoadSettings settings, string directory, CancellationToken cancellationToken)
    {
        var name = Name(kind);
        var owned = new List<IAsyncDisposable>();
        async Task<ServerProcess> Start(string dll, string[] arguments, string readyPath, string log)
        {
            var server = await ServerProcess.StartAsync(dll, arguments, readyPath, Path.Combine(directory, log), cancellationToken);
            owned.Add(server);
            return server;
        }

        try
        {
            var split = kind == RoundKind.TwoServers;
            string[] bareArguments = kind == RoundKind.InProcess ? [] : [$"--Redis={settings.Redis}"];
            var bare = await Start(settings.BaselineDll, bareArguments, "/health", $"baseline-{name}.log");
            var bareWatching = split ? await Start(settings.BaselineDll, bareArguments, "/health", $"baseline-{name}-watching.log") : bare;

            string[] log;
            if (split)
            {
                var schema = await PostgresSchema.CreateAsync(settings.Postgres!, cancellationToken);
                owned.Add(schema);
                log = ["--EventLog:Provider=postgres", $"--ConnectionStrings:EventLog={schema.ConnectionString}"];
            }
            else
            {
                log = [$"--ConnectionStrings:EventLog=Data Source={Path.Combine(directory, $"plenary-{name}.db")}"];
            }

            // The sign-in limit (20 a minute per address) is raised for the tool, which signs every
            // delegation in from one address; lockout stays as it is. A channel of the run's own keeps
            // its announcements apart from anything else on that Redis.
            string[] plenaryArguments =
            [
                .. log,
                "--Demo:Seed=false",
                "--Accounts:SignInPermitsPerMinute=1000",
                .. kind == RoundKind.InProcess ? Array.Empty<string>() :
                [
                    $"--ConnectionStrings:Redis={settings.Redis}",
                    $"--Live:RedisChannel=plenary-load:{RandomNumberGenerator.GetHexString(12, lowercase: true)}",
                ],
            ];
            var plenary = await Start(settings.ServerDll, plenaryArguments, "/health/ready", $"plenary-{name}.log");

            // The second server lays down no demo accounts: the first did, and it takes every request.
            var plenaryWatching = split ? await Start(settings.ServerDll, [.. plenaryArguments, "--Demo:Accounts=false"], "/health/ready", $"plenary-{name}-watching.log") : plenary;
            return new RoundServers(owned, new ServerPair(bare, bareWatching), new ServerPair(plenary, plenaryWatching));
        }
        catch
        {
            await DisposeAllAsync(owned);
            throw;
        }
    }

    public ValueTask DisposeAsync() => DisposeAllAsync(_owned);

    /// <summary>Stops what was started, last first: the servers before the schema they write to.</summary>
    private static async ValueTask DisposeAllAsync(List<IAsyncDisposable> owned)
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }
}
