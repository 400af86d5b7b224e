using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Plenary.Load;

/// <summary>The bare counterparts on the same machine in the same run: the minimal-API POST, and the SignalR broadcast to as many watchers with the same pattern of messages.</summary>
internal static class BareRound
{
    public static async Task<BareFigures> RunAsync(LoadSettings settings, ServerProcess server, VotingPlan plan, string directory, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = LoadHttp.Create(server.Address, settings.Concurrency);
        progress.WriteLine($"bare POST: {settings.BareRequests:N0} requests, {settings.Concurrency} in flight");
        var post = await Driver.RunAsync(settings.BareRequests, settings.Concurrency, async (i, acknowledgements) =>
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/echo", new { state = "UKR", vote = "yes", sequence = i }, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            acknowledgements.Add(new Acknowledgement(0, i, sent, Stopwatch.GetTimestamp()));
        });

        var groups = Enumerable.Range(1, plan.Meetings).Select(m => string.Create(CultureInfo.InvariantCulture, $"group-{m:000}")).ToArray();
        progress.WriteLine($"bare broadcast: {settings.Watchers:N0} watchers joining {groups.Length} groups");
        await using var fleet = await WatcherFleet.StartAsync(server.Address, WatcherKind.Bare, groups, settings.Watchers, directory, cancellationToken);
        progress.WriteLine($"bare broadcast: {fleet.Joined:N0} joined; {plan.Ballots:N0} messages, {settings.Concurrency} in flight");
        var sequences = new long[plan.Meetings];
        var broadcast = await Driver.RunAsync(plan.Turns.Count, settings.Concurrency, async (i, acknowledgements) =>
        {
            var turn = plan.Turns[i];
            foreach (var vote in turn.Votes)
            {
                var sequence = Interlocked.Increment(ref sequences[turn.Meeting]);
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"/broadcast/{groups[turn.Meeting]}", new { state = turn.State, vote, sequence }, cancellationToken);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                acknowledgements.Add(new Acknowledgement(turn.Meeting, sequence, sent, Stopwatch.GetTimestamp()));
            }
        });

        var receipts = await fleet.DrainAsync(WatchAnalysis.Expected(settings.Watchers, sequences), cancellationToken);
        var watching = WatchAnalysis.Analyse(receipts, settings.Watchers, fleet.Joined, sequences, broadcast.Acknowledgements, orderRequired: false);
        return new BareFigures(RateFigures.Of(post), RateFigures.Of(broadcast), watching);
    }
}
