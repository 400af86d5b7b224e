using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Plenary.Load;

/// <summary>The bare counterparts on the same machine in the same run: the minimal-API POST, and the SignalR broadcast to as many watchers with the same pattern of messages.</summary>
internal static class BareRound
{
    /// <summary>The bare POST endpoint as fast as it goes with the same number of requests in flight.</summary>
    public static async Task<RateFigures> PostAsync(LoadSettings settings, ServerProcess server, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = LoadHttp.Create(server.Address, settings.Concurrency);
        progress.WriteLine($"bare POST: {settings.BareRequests:N0} requests, {settings.Concurrency} in flight");
        var post = await Driver.RunAsync("bare POST", settings.BareRequests, settings.Concurrency, progress, async (i, acknowledgements) =>
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/echo", new { state = "UKR", vote = "yes", sequence = i }, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            acknowledgements.Add(new Acknowledgement(0, i, sent, Stopwatch.GetTimestamp()));
        }, cancellationToken);
        return RateFigures.Of(post);
    }

    /// <summary>Replays Plenary's ballots as bare broadcasts: the same groups, the same number of watchers, each message sent at the same moment after the start as its ballot was.</summary>
    /// <remarks>
    /// Sent as fast as it goes, the bare broadcast would be offered many times Plenary's rate and
    /// its latency would be its own queue; at the same pace the ratio compares like with like.
    /// </remarks>
    public static async Task<(RateFigures Requests, WatchFigures Watching)> BroadcastAsync(
        LoadSettings settings, ServerProcess server, int groupCount, IReadOnlyList<Acknowledgement> pattern, string directory, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = LoadHttp.Create(server.Address, settings.Concurrency);
        var groups = Enumerable.Range(1, groupCount).Select(m => string.Create(CultureInfo.InvariantCulture, $"group-{m:000}")).ToArray();
        var timeline = pattern.OrderBy(a => a.Sent).ToArray();
        var origin = timeline.Length > 0 ? timeline[0].Sent : 0;
        progress.WriteLine($"bare broadcast: {settings.Watchers:N0} watchers joining {groups.Length} groups");
        await using var fleet = await WatcherFleet.StartAsync(server.Address, WatcherKind.Bare, groups, settings.Watchers, directory, cancellationToken);
        progress.WriteLine($"bare broadcast: {fleet.Joined:N0} joined; {timeline.Length:N0} messages at the pace of Plenary's ballots, {settings.Concurrency} in flight");
        var sequences = new long[groupCount];
        var start = Stopwatch.GetTimestamp();
        var broadcast = await Driver.RunAsync("bare broadcast", timeline.Length, settings.Concurrency, progress, async (i, acknowledgements) =>
        {
            var due = timeline[i].Sent - origin - (Stopwatch.GetTimestamp() - start);
            if (due > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)due / Stopwatch.Frequency), cancellationToken);
            }

            var group = timeline[i].Group;
            var sequence = Interlocked.Increment(ref sequences[group]);
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync($"/broadcast/{groups[group]}", new { state = "UKR", vote = "yes", sequence }, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            acknowledgements.Add(new Acknowledgement(group, sequence, sent, Stopwatch.GetTimestamp()));
        }, cancellationToken);

        var receipts = await fleet.DrainAsync(WatchAnalysis.Expected(settings.Watchers, sequences), cancellationToken);
        return (RateFigures.Of(broadcast), WatchAnalysis.Analyse(receipts, settings.Watchers, fleet.Joined, sequences, broadcast.Acknowledgements, orderRequired: false));
    }
}
