using System.Text.Json.Serialization;

namespace Plenary.Load;

/// <summary>What one run of the load tool does: the size of the load, where the servers are, where the figures go.</summary>
/// <param name="Meetings">Meetings of the Assembly voting at once (M).</param>
/// <param name="Watchers">Signed-out SignalR watchers, spread evenly over the meetings (K).</param>
/// <param name="Concurrency">Requests in flight at most, for Plenary and for the bare endpoints alike.</param>
/// <param name="ChangeShare">Share of delegations that change their vote once, after their first ballot is acknowledged.</param>
/// <param name="BareRequests">Requests sent to the bare POST endpoint.</param>
/// <param name="Redis">A Redis connection string: run a second round with the Redis backplane under both servers.</param>
/// <param name="RedisOnly">Run only the round with the Redis backplane.</param>
/// <param name="WarmUp">Ballots each delegation casts in a meeting of its own before anything is measured, so that the JIT has compiled the ballot path.</param>
/// <param name="Pace">First ballots started per second (a change follows its first ballot's acknowledgement); 0 for as fast as the server answers.</param>
/// <param name="Postgres">A PostgreSQL connection string: with <paramref name="Redis"/>, a round with two servers of each kind, the requests on one and the watchers on the other. Left out of the JSON figures: it holds a password, and the rounds say what ran.</param>
internal sealed record LoadSettings(
    int Meetings,
    int Watchers,
    int Concurrency,
    double ChangeShare,
    int BareRequests,
    string? Redis,
    bool RedisOnly,
    int Seed,
    string ServerDll,
    string BaselineDll,
    string? Output,
    int WarmUp,
    int Pace = 0,
    [property: JsonIgnore] string? Postgres = null)
{
    /// <summary>The rounds to run, in order: in-process unless only the Redis rounds are asked for, then the Redis round, then the two-server round.</summary>
    public IReadOnlyList<RoundKind> Rounds()
    {
        var rounds = new List<RoundKind>();
        if (!RedisOnly)
        {
            rounds.Add(RoundKind.InProcess);
        }

        if (Redis is not null)
        {
            rounds.Add(RoundKind.Redis);
            if (Postgres is not null)
            {
                rounds.Add(RoundKind.TwoServers);
            }
        }

        return rounds;
    }

    /// <summary>Finds the built servers next to the tool's own build: the same configuration (Release for figures) in the same repository.</summary>
    public static (string Server, string Baseline) LocateBuilds()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent?.Name ?? "Release";
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Plenary.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return (string.Empty, string.Empty);
        }

        var framework = here.Name;
        return (
            Path.Combine(root.FullName, "src", "Plenary.Server", "bin", configuration, framework, "Plenary.Server.dll"),
            Path.Combine(root.FullName, "benchmarks", "Plenary.Load.Baseline", "bin", configuration, framework, "Plenary.Load.Baseline.dll"));
    }
}
