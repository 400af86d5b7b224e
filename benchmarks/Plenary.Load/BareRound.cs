using System.Diagnostics;
using System.Globalization;

namespace Plenary.Load;

/// <summary>The bare counterparts on the same machine in the same run: the minimal-API POST, and the SignalR broadcast to as many watchers with the same pattern of messages.</summary>
internal static class BareRound
{
    /// <summary>The bare POST endpoint as fast as it goes with the same number of requests in flight, after as many requests to warm up as Plenary's warm-up ballots.</summary>
    public static async Task<RateFigures> PostAsync(LoadSettings settings, ServerProcess server, int warmUpRequests, TextWriter progress, CancellationToken cancellationToken)
    {
        using var raw = new RawHttp(server.Address);
        if (warmUpRequests > 0)
        {
            progress.WriteLine($"bare POST: warm-up, {warmUpRequests:N0} requests not measured");
            await Driver.RunAsync("bare POST warm-up", warmUpRequests, settings.Concurrency, progress, (i, _) => EchoAsync(raw, i, cancellationToken), cancellationToken);
        }

        progress.WriteLine($"bare POST: {settings.BareRequests:N0} requests, {settings.Concurrency} in flight");
        var (serverBefore, clientBefore) = (server.CpuTime(), ServerProcess.OwnCpuTime());
        var post = await Driver.RunAsync("bare POST", settings.BareRequests, settings.Concurrency, progress, async (i, acknowledgements) =>
        {
            var sent = Stopwatch.GetTimestamp();
            await EchoAsync(raw, i, cancellationToken);
            acknowledgements.Add(new Acknowledgement(0, i, sent, Stopwatch.GetTimestamp()));
        }, cancellationToken);
        return RateFigures.Of(post).WithCpu(server.CpuTime() - serverBefore, ServerProcess.OwnCpuTime() - clientBefore);
    }

    private static async Task EchoAsync(RawHttp raw, int i, CancellationToken cancellationToken)
    {
        var (status, _) = await raw.PostAsync("/echo", string.Create(CultureInfo.InvariantCulture, $$"""{"state":"UKR","vote":"yes","sequence":{{i}}}"""), [], cancellationToken);
        if (status != 200)
        {
            throw new LoadFailure($"bare POST: {status}");
        }
    }

    /// <summary>Replays Plenary's ballots as bare broadcasts: the same groups, the same number of watchers, each message sent at the same moment after the start as its ballot was.</summary>
    /// <remarks>
    /// Sent as fast as it goes, the bare broadcast would be offered many times Plenary's rate and
    /// its latency would be its own queue; at the same pace the ratio compares like with like.
    /// </remarks>
    public static async Task<(RateFigures Requests, WatchFigures Watching)> BroadcastAsync(
        LoadSettings settings, ServerPair servers, int groupCount, IReadOnlyList<Acknowledgement> pattern, string directory, TextWriter progress, CancellationToken cancellationToken)
    {
        using var raw = new RawHttp(servers.Commands.Address);
        var groups = Enumerable.Range(1, groupCount).Select(m => string.Create(CultureInfo.InvariantCulture, $"group-{m:000}")).ToArray();
        var timeline = pattern.OrderBy(a => a.Sent).ToArray();
        var origin = timeline.Length > 0 ? timeline[0].Sent : 0;
        progress.WriteLine($"bare broadcast: {settings.Watchers:N0} watchers joining {groups.Length} groups");
        await using var fleet = await WatcherFleet.StartAsync(servers.Watching.Address, WatcherKind.Bare, groups, settings.Watchers, directory, cancellationToken);
        progress.WriteLine($"bare broadcast: {fleet.Joined:N0} joined; {timeline.Length:N0} messages at the pace of Plenary's ballots, {settings.Concurrency} in flight");
        var sequences = new long[groupCount];
        var (cpuBefore, clientBefore) = (servers.CpuTime(), ServerProcess.OwnCpuTime());
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
            var (status, _) = await raw.PostAsync($"/broadcast/{groups[group]}", string.Create(CultureInfo.InvariantCulture, $$"""{"state":"UKR","vote":"yes","sequence":{{sequence}}}"""), [], cancellationToken);
            if (status != 200)
            {
                throw new LoadFailure($"bare broadcast: {status}");
            }

            acknowledgements.Add(new Acknowledgement(group, sequence, sent, Stopwatch.GetTimestamp()));
        }, cancellationToken);
        var (cpu, clientCpu) = (servers.CpuTime() - cpuBefore, ServerProcess.OwnCpuTime() - clientBefore);

        var receipts = await fleet.DrainAsync(WatchAnalysis.Expected(settings.Watchers, sequences), cancellationToken);
        return (RateFigures.Of(broadcast).WithCpu(cpu, clientCpu), WatchAnalysis.Analyse(receipts, settings.Watchers, fleet.Joined, sequences, broadcast.Acknowledgements, orderRequired: false));
    }
}
