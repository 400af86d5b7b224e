using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Plenary.Load;

/// <summary>Plenary's round: M meetings of the Assembly each with an open recorded vote, the delegations signed in, K watchers, every delegation voting in every meeting; then the checks.</summary>
internal static class PlenaryRound
{
    /// <summary>The password of the demo accounts the server creates on its first start (docs/api.md).</summary>
    private const string DemoPassword = "plenary-demo";

    public static async Task<(PlenaryFigures Figures, IReadOnlyList<Acknowledgement> Ballots)> RunAsync(LoadSettings settings, ServerPair servers, VotingPlan plan, IReadOnlyList<string> voters, string directory, TextWriter progress, CancellationToken cancellationToken)
    {
        var server = servers.Commands;
        using var http = LoadHttp.Create(server.Address, settings.Concurrency);
        using var raw = new RawHttp(server.Address);
        var api = new PlenaryApi(http, raw);
        var setup = Stopwatch.StartNew();
        var secretariat = await api.SignInAsync("secretariat", DemoPassword, cancellationToken);
        var president = await api.SignInAsync("president-ga", DemoPassword, cancellationToken);
        var tokens = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(voters, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (state, ct) =>
            tokens[state] = await api.SignInAsync("delegation-" + state.ToLowerInvariant(), DemoPassword, ct));
        progress.WriteLine($"plenary: {tokens.Count} delegations signed in ({setup.Elapsed.TotalSeconds:F1} s)");

        var meetings = Enumerable.Range(1, settings.Meetings).Select(m => string.Create(CultureInfo.InvariantCulture, $"load-{m:000}")).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, meetings.Length), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (m, ct) =>
        {
            var symbol = string.Create(CultureInfo.InvariantCulture, $"A/81/L.{m + 1}");
            await api.CommandAsync("/api/meetings", new { id = meetings[m], body = "GA" }, secretariat, ct);
            await api.CommandAsync("/api/drafts", new { symbol, body = "GA", title = "Capacity of the hall", sponsors = new[] { voters[m % voters.Count] } }, secretariat, ct);
            await api.CommandAsync($"/api/meetings/{meetings[m]}/votes", new { on = symbol, question = "other", method = "recorded" }, president, ct);
        });
        await WarmUpAsync(api, settings, voters, tokens, secretariat, president, progress, cancellationToken);
        progress.WriteLine($"plenary: {meetings.Length} meetings with an open recorded vote ({setup.Elapsed.TotalSeconds:F1} s); {settings.Watchers:N0} watchers joining");
        await using var fleet = await WatcherFleet.StartAsync(servers.Watching.Address, WatcherKind.Plenary, meetings, settings.Watchers, directory, cancellationToken);
        var setupSeconds = setup.Elapsed.TotalSeconds;
        progress.WriteLine($"plenary: {fleet.Joined:N0} watchers joined; {plan.Ballots:N0} ballots, {settings.Concurrency} in flight");

        var (cpuBefore, clientBefore) = (servers.CpuTime(), ServerProcess.OwnCpuTime());
        var votingStart = Stopwatch.GetTimestamp();
        var voting = await Driver.RunAsync("plenary votes", plan.Turns.Count, settings.Concurrency, progress, async (i, acknowledgements) =>
        {
            if (settings.Pace > 0)
            {
                var due = TimeSpan.FromSeconds((double)i / settings.Pace) - Stopwatch.GetElapsedTime(votingStart);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, cancellationToken);
                }
            }

            var turn = plan.Turns[i];
            var meeting = meetings[turn.Meeting];
            for (var n = 0; n < turn.Votes.Count; n++)
            {
                var vote = turn.Votes[n];
                var sent = Stopwatch.GetTimestamp();
                var answer = await api.CastAsync(meeting, turn.State, vote, $"{meeting}-{turn.State}-{n}", tokens[turn.State], cancellationToken);
                var acknowledged = Stopwatch.GetTimestamp();
                if (answer.Meeting != meeting || answer.State != turn.State || answer.Vote != vote)
                {
                    throw new LoadFailure($"ballot {turn.State} {vote} in {meeting} was acknowledged as {answer.State} {answer.Vote} in {answer.Meeting}");
                }

                acknowledgements.Add(new Acknowledgement(turn.Meeting, answer.Version, sent, acknowledged));
            }
        }, cancellationToken);
        var (cpu, clientCpu) = (servers.CpuTime() - cpuBefore, ServerProcess.OwnCpuTime() - clientBefore);
        progress.WriteLine($"plenary: {voting.Acknowledgements.Count:N0} acknowledged in {voting.Elapsed.TotalSeconds:F1} s, {voting.Failed} failed; draining the watchers");

        var finalVersions = new long[meetings.Length];
        for (var m = 0; m < meetings.Length; m++)
        {
            finalVersions[m] = await api.MeetingVersionAsync(meetings[m], cancellationToken);
        }

        var receipts = await fleet.DrainAsync(WatchAnalysis.Expected(settings.Watchers, finalVersions), cancellationToken);
        var memory = servers.Memory();
        var watching = WatchAnalysis.Analyse(receipts, settings.Watchers, fleet.Joined, finalVersions, voting.Acknowledgements, orderRequired: true);
        var tallyErrors = new List<string>();
        var talliesWrong = 0;
        for (var m = 0; m < meetings.Length; m++)
        {
            var errors = await CheckTallyAsync(api, meetings[m], plan.FinalVotes(m), voting.Acknowledgements.Where(a => a.Group == m).ToArray(), finalVersions[m], cancellationToken);
            talliesWrong += errors.Count > 0 ? 1 : 0;
            tallyErrors.AddRange(errors.Take(Math.Max(0, 10 - tallyErrors.Count)));
        }

        return (new PlenaryFigures(
            meetings.Length,
            voters.Count,
            plan.Ballots,
            plan.Ballots - plan.Turns.Count,
            setupSeconds,
            RateFigures.Of(voting).WithCpu(cpu, clientCpu),
            watching,
            meetings.Length,
            talliesWrong,
            tallyErrors,
            memory.PeakBytes,
            memory.ResidentBytes,
            cpu.TotalSeconds), voting.Acknowledgements);
    }

    /// <summary>Checks a meeting's vote against the plan: each State's vote, the counts, and one stream version per acknowledged ballot.</summary>
    /// <summary>Every delegation votes and changes its vote in a meeting that is not measured, so that the figures are of compiled code, not of the JIT's first pass.</summary>
    private static async Task WarmUpAsync(PlenaryApi api, LoadSettings settings, IReadOnlyList<string> voters, ConcurrentDictionary<string, string> tokens, string secretariat, string president, TextWriter progress, CancellationToken cancellationToken)
    {
        if (settings.WarmUp == 0)
        {
            return;
        }

        const string Meeting = "warm-up";
        var symbol = string.Create(CultureInfo.InvariantCulture, $"A/81/L.{settings.Meetings + 1}");
        await api.CommandAsync("/api/meetings", new { id = Meeting, body = "GA" }, secretariat, cancellationToken);
        await api.CommandAsync("/api/drafts", new { symbol, body = "GA", title = "Warming up the hall", sponsors = new[] { voters[0] } }, secretariat, cancellationToken);
        await api.CommandAsync($"/api/meetings/{Meeting}/votes", new { on = symbol, question = "other", method = "recorded" }, president, cancellationToken);
        string[] choices = ["yes", "no", "abstain"];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(voters, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken }, async (state, ct) =>
        {
            for (var n = 0; n < settings.WarmUp; n++)
            {
                await api.CastAsync(Meeting, state, choices[n % choices.Length], $"{Meeting}-{state}-{n}", tokens[state], ct);
            }
        });
        progress.WriteLine($"plenary: warm-up, {voters.Count * settings.WarmUp:N0} ballots in a meeting not measured ({clock.Elapsed.TotalSeconds:F1} s)");
    }

    private static async Task<List<string>> CheckTallyAsync(PlenaryApi api, string meeting, IReadOnlyDictionary<string, string> expected, Acknowledgement[] acknowledgements, long finalVersion, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var vote = await api.CurrentVoteAsync(meeting, cancellationToken);
        foreach (var (state, want) in expected)
        {
            var got = vote.Votes.FirstOrDefault(v => v.State == state)?.Vote;
            if (got != want)
            {
                errors.Add($"{meeting}: {state} voted {want}, the record says {got ?? "nothing"}");
            }
        }

        int Count(string choice) => expected.Values.Count(v => v == choice);
        if (vote.Tally.Yes != Count("yes") || vote.Tally.No != Count("no") || vote.Tally.Abstain != Count("abstain"))
        {
            errors.Add($"{meeting}: tally {vote.Tally.Yes}-{vote.Tally.No}-{vote.Tally.Abstain}, expected {Count("yes")}-{Count("no")}-{Count("abstain")}");
        }

        var versions = acknowledgements.Select(a => a.Key).ToHashSet();
        if (versions.Count != acknowledgements.Length || acknowledgements.Any(a => a.Key > finalVersion))
        {
            errors.Add($"{meeting}: {acknowledgements.Length} ballots acknowledged with {versions.Count} distinct versions up to {versions.Max()}, the meeting is at {finalVersion}");
        }

        return errors;
    }
}
