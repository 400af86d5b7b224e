using System.CommandLine;
using System.Globalization;

namespace Plenary.Load;

/// <summary>The load tool: starts Plenary and the bare baseline as child processes, runs the load, prints the table, writes the JSON; exits 1 if a tally or a watcher is wrong.</summary>
internal static class LoadCommand
{
    public const int Ok = 0;
    public const int WrongResult = 1;
    public const int Failed = 2;

    public static Task<int> RunAsync(string[] args)
    {
        var (serverDll, baselineDll) = LoadSettings.LocateBuilds();
        var meetings = new Option<int>("--meetings") { Description = "Meetings of the Assembly voting at once (M).", DefaultValueFactory = _ => 100 };
        var watchers = new Option<int>("--watchers") { Description = "Signed-out SignalR watchers, spread over the meetings (K).", DefaultValueFactory = _ => 10_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at most (Plenary and bare alike).", DefaultValueFactory = _ => 64 };
        var changes = new Option<double>("--changes") { Description = "Share of delegations that change their vote once.", DefaultValueFactory = _ => 0.1 };
        var bareRequests = new Option<int>("--bare-requests") { Description = "Requests to the bare POST endpoint.", DefaultValueFactory = _ => 100_000 };
        var redis = new Option<string?>("--redis") { Description = "A Redis connection string: a second round with the Redis backplane under both servers." };
        var redisOnly = new Option<bool>("--redis-only") { Description = "With --redis, run only the rounds with the Redis backplane." };
        var postgres = new Option<string?>("--postgres") { Description = "With --redis, a PostgreSQL connection string: a round with two servers of each kind on Redis, Plenary's two on one PostgreSQL log, the votes on one and the watchers on the other." };
        var seed = new Option<int>("--seed") { Description = "Seed of the votes and their order.", DefaultValueFactory = _ => 1 };
        var server = new Option<string>("--server-dll") { Description = "The built Plenary.Server.dll.", DefaultValueFactory = _ => serverDll };
        var baseline = new Option<string>("--baseline-dll") { Description = "The built Plenary.Load.Baseline.dll.", DefaultValueFactory = _ => baselineDll };
        var warmUp = new Option<int>("--warm-up") { Description = "Ballots each delegation casts in a warm-up meeting before the measured votes (0: none).", DefaultValueFactory = _ => 60 };
        var pace = new Option<int>("--pace") { Description = "First ballots started per second, to measure the watchers below saturation (0: as fast as the server answers).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "Where the JSON figures go (default: load-results.json in the run's temporary directory, with the logs)." };
        var root = new RootCommand("Plenary load: many meetings voting at once, thousands of watchers, and the bare endpoints for scale.")
        {
            meetings, watchers, concurrency, changes, bareRequests, redis, redisOnly, postgres, seed, server, baseline, output, warmUp, pace, WatchCommand.Create(),
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new LoadSettings(
                parse.GetValue(meetings),
                parse.GetValue(watchers),
                parse.GetValue(concurrency),
                parse.GetValue(changes),
                parse.GetValue(bareRequests),
                parse.GetValue(redis),
                parse.GetValue(redisOnly),
                parse.GetValue(seed),
                Path.GetFullPath(parse.GetValue(server)!),
                Path.GetFullPath(parse.GetValue(baseline)!),
                parse.GetValue(output) is { } path ? Path.GetFullPath(path) : null,
                parse.GetValue(warmUp),
                parse.GetValue(pace),
                parse.GetValue(postgres));
            if (Invalid(settings) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return Failed;
            }

            try
            {
                return await RunRoundsAsync(settings, cancellationToken);
            }
            catch (LoadFailure failure)
            {
                await Console.Error.WriteLineAsync($"plenary-load: {failure.Message}");
                return Failed;
            }
        });
        return root.Parse(args).InvokeAsync();
    }

    private static string? Invalid(LoadSettings settings) => settings switch
    {
        { Meetings: < 1 or > 999 } => "--meetings: 1 to 999",
        { Watchers: < 0 } => "--watchers: 0 or more",
        { Concurrency: < 1 } => "--concurrency: 1 or more",
        { ChangeShare: < 0 or > 1 } => "--changes: a share from 0 to 1",
        { BareRequests: < 1 } => "--bare-requests: 1 or more",
        { WarmUp: < 0 or > 100 } => "--warm-up: 0 to 100 ballots a delegation",
        { Pace: < 0 } => "--pace: 0 (as fast as it goes) or ballots per second",
        { RedisOnly: true, Redis: null } => "--redis-only: give the Redis connection string with --redis",
        { Postgres: not null, Redis: null } => "--postgres: the two-server round needs the Redis backplane too; give --redis",
        _ => null,
    };

    private static async Task<int> RunRoundsAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("plenary-load-").FullName;
        var output = settings.Output ?? Path.Combine(directory, "load-results.json");
        var progress = Console.Out;
        var machine = Machine.Describe();
        progress.WriteLine($"plenary-load: {machine.Processors} processors, {machine.Model}; logs and the SQLite log in {directory}");
        if (settings.Postgres is not null)
        {
            await PostgresSchema.CheckAsync(settings.Postgres, cancellationToken);
        }

        var rounds = new List<RoundFigures>();
        foreach (var kind in settings.Rounds())
        {
            var name = RoundServers.Name(kind);
            progress.WriteLine($"round: {name}");
            await using var servers = await RoundServers.StartAsync(kind, settings, directory, cancellationToken);
            using var reader = LoadHttp.Create(servers.Plenary.Commands.Address, 1);
            var voters = await new PlenaryApi(reader).VotersAsync(cancellationToken);
            var plan = VotingPlan.Create(settings.Meetings, voters, settings.ChangeShare, settings.Seed);
            var post = await BareRound.PostAsync(settings, servers.Bare.Commands, settings.WarmUp * voters.Count, progress, cancellationToken);
            var (plenaryFigures, ballots) = await PlenaryRound.RunAsync(settings, servers.Plenary, plan, voters, directory, progress, cancellationToken);
            await BallotTimeline.WriteAsync(Path.Combine(directory, $"ballots-{name}.tsv"), ballots, cancellationToken);
            var (broadcastRequests, broadcast) = await BareRound.BroadcastAsync(settings, servers.Bare, plan.Meetings, ballots, directory, progress, cancellationToken);
            rounds.Add(new RoundFigures(name, new BareFigures(post, broadcastRequests, broadcast), plenaryFigures));
        }

        var report = new LoadReport(settings, Machine.Describe(), rounds);
        report.WriteTable(progress);
        await report.WriteJsonAsync(output, cancellationToken);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figures written to {output}"));
        return rounds.All(r => r.Correct) ? Ok : WrongResult;
    }
}
