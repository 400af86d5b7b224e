using System.Globalization;
using Microsoft.Playwright;

namespace Plenary.Browser.Benchmark;

/// <summary>
/// The board in the browser (issue 4): its first render with 193 States, and the time from a
/// vote's acknowledgement by the API to its light changing in Chromium, over 193 votes.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/Plenary.Browser.Benchmark -- [--runs 7]</c>.
/// The server runs in this process on Kestrel (loopback), on a SQLite file of its own, with the
/// demo history; Chromium is <c>PLENARY_CHROMIUM</c> or <c>/usr/bin/chromium</c>, headless.
/// </remarks>
internal static class BrowserBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var runs = args.Length >= 2 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var chromium = Environment.GetEnvironmentVariable("PLENARY_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            await Console.Error.WriteLineAsync($"Chromium was not found at {chromium} (set PLENARY_CHROMIUM); scripts/test.sh installs it.");
            return 2;
        }

        // WebApplicationFactory finds the server's content root from MvcTestingAppManifest.json in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var cancellationToken = timeout.Token;
        await using var server = new BenchServer();
        using var api = await server.ApiAsync("secretariat", cancellationToken);
        var meeting = new BenchMeeting(api, "browser-benchmark");
        await meeting.OpenAsync(cancellationToken);
        await meeting.OpenVoteAsync(cancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        var bench = new BoardBench(browser, server.Address);

        // The first load warms the server and Chromium up; it is not counted. So does a first question (120 ballots: a quorum, 97, must take part to announce it).
        await bench.FirstRenderAsync(meeting.Id);
        var loads = new List<(double Lights, double ContentLoaded, double Connected)>();
        for (var i = 0; i < runs; i++)
        {
            loads.Add(await bench.FirstRenderAsync(meeting.Id));
        }

        var board = await bench.OpenAsync(meeting.Id);
        await AckToLightAsync(meeting, board, paced: true, limit: 120, cancellationToken);
        await meeting.FinishVoteAsync(cancellationToken);

        await meeting.OpenVoteAsync(cancellationToken);
        var paced = await AckToLightAsync(meeting, board, paced: true, limit: 193, cancellationToken);
        await meeting.FinishVoteAsync(cancellationToken);

        await meeting.OpenVoteAsync(cancellationToken);
        var stream = await AckToLightAsync(meeting, board, paced: false, limit: 193, cancellationToken);
        await meeting.FinishVoteAsync(cancellationToken);
        await board.Context.CloseAsync();

        Console.WriteLine($"Board in headless Chromium (Chromium {browser.Version}), server in-process on Kestrel (loopback, SQLite), {Environment.ProcessorCount} cores; milliseconds.");
        Console.WriteLine();
        Console.WriteLine("| measure | n | median | p99 | min | max |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row("first render: navigation start to the 193 lights in the page", loads.Select(l => l.Lights));
        Row("first render: navigation start to DOMContentLoaded", loads.Select(l => l.ContentLoaded));
        Row("first render: navigation start to the circuit's WebSocket open (live)", loads.Select(l => l.Connected));
        Row("ack to light, one vote at a time (next ballot once the light changed)", paced);
        Row("ack to light, ballots back to back (next ballot once acknowledged)", stream);
        return 0;
    }

    /// <summary>Casts ballots one at a time and answers, per ballot, the time from its acknowledgement to its light changing in the page.</summary>
    /// <remarks>Every State that may vote votes once; if fewer than <paramref name="limit"/> may, the first ones change their vote to make up the number.</remarks>
    private static async Task<IReadOnlyList<double>> AckToLightAsync(BenchMeeting meeting, IPage board, bool paced, int limit, CancellationToken cancellationToken)
    {
        await BoardBench.AllBlankAsync(board);
        var voters = await meeting.VotersAsync(cancellationToken);
        string[] choices = ["yes", "no", "abstain"];
        var ballots = voters.Select((s, i) => (State: s, Vote: choices[i % 3]))
            .Concat(voters.Select((s, i) => (State: s, Vote: choices[(i + 1) % 3])))
            .Take(limit)
            .ToList();

        var from = await BoardBench.ChangeCountAsync(board);
        var acknowledged = new List<double>(ballots.Count);
        foreach (var (state, vote) in ballots)
        {
            acknowledged.Add(await meeting.CastAsync(state, vote, cancellationToken));
            if (paced)
            {
                await BoardBench.ShowsAsync(board, state, vote);
            }
        }

        foreach (var (state, vote) in ballots.GroupBy(b => b.State).Select(g => g.Last()))
        {
            await BoardBench.ShowsAsync(board, state, vote);
        }

        var changes = await BoardBench.ChangesAsync(board, from);
        var seen = new Dictionary<string, int>();
        var latencies = new List<double>(ballots.Count);
        for (var i = 0; i < ballots.Count; i++)
        {
            var (state, vote) = ballots[i];
            var after = seen.GetValueOrDefault(state, -1);
            var index = Enumerable.Range(after + 1, changes.Count - after - 1).First(c => changes[c].State == state && changes[c].Vote == vote);
            seen[state] = index;
            latencies.Add(changes[index].At - acknowledged[i]);
        }

        return latencies;
    }

    private static void Row(string measure, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        double Rank(double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {measure} | {sorted.Length} | {Rank(0.5):F1} | {Rank(0.99):F1} | {sorted[0]:F1} | {sorted[^1]:F1} |"));
    }
}
