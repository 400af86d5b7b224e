using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plenary.Load;

/// <summary>The figures of a run against the targets of issue 3 §7, as a table for people and as JSON for the record.</summary>
internal sealed record LoadReport(LoadSettings Settings, Machine Machine, IReadOnlyList<RoundFigures> Rounds)
{
    public const double VotesPerSecondTarget = 10_000;
    public const double ThroughputRatioTarget = 0.25;
    public const double CastToAcknowledgementP99TargetMs = 50;
    public const double ReceiptP99RatioTarget = 1.5;
    public const long MemoryTargetBytes = 1L << 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var round in Rounds)
        {
            var p = round.Plenary;
            var b = round.Bare;
            output.WriteLine();
            output.WriteLine(Text($"Round {round.Round}{(round.Round == RoundServers.Name(RoundKind.TwoServers) ? " (the requests to one server, the watchers on the other)" : string.Empty)}: {p.Meetings} meetings x {p.Voters} voting delegations, {p.Ballots:N0} ballots ({p.Changes:N0} changes), {p.Watching.Watchers:N0} watchers, {Settings.Concurrency} requests in flight{(Settings.Pace > 0 ? $", first ballots paced at {Settings.Pace}/s" : string.Empty)}"));
            output.WriteLine(Text($"{"figure",-36} {"Plenary",12} {"bare",12} {"ratio",8}  {"target",-26} verdict"));
            // The vote-rate targets are for the hall voting without watchers: with 100 watchers a
            // meeting each ballot is also 100 deliveries, and the bare hub itself cannot send 10,000
            // messages a second to 100 clients each on these cores (its CPU per broadcast is below).
            var voting = p.Watching.Watchers == 0;
            Row(output, "votes acknowledged per second", p.Voting.PerSecond, b.Post.PerSecond, round.ThroughputRatio, voting ? ">= 10,000/s and >= 0.25x" : "(set without watchers)", voting ? p.Voting.PerSecond >= VotesPerSecondTarget && round.ThroughputRatio >= ThroughputRatioTarget : null, "F0");
            Row(output, "cast to acknowledgement p50 (ms)", p.Voting.Latency.P50Ms, b.Post.Latency.P50Ms, round.CastToAcknowledgementP50Ratio, string.Empty, null, "F2");
            Row(output, "cast to acknowledgement p99 (ms)", p.Voting.Latency.P99Ms, b.Post.Latency.P99Ms, round.CastToAcknowledgementP99Ratio, voting ? "< 50 ms" : "(set without watchers)", voting ? p.Voting.Latency.P99Ms < CastToAcknowledgementP99TargetMs : null, "F2");
            Row(output, "ack to watcher receipt p50 (ms)", p.Watching.AcknowledgementToReceipt.P50Ms, b.Broadcast.AcknowledgementToReceipt.P50Ms, round.AcknowledgementToReceiptP50Ratio, string.Empty, null, "F1");
            Row(output, "ack to watcher receipt p99 (ms)", p.Watching.AcknowledgementToReceipt.P99Ms, b.Broadcast.AcknowledgementToReceipt.P99Ms, round.AcknowledgementToReceiptP99Ratio, "<= 1.5x bare", double.IsNaN(round.AcknowledgementToReceiptP99Ratio) ? null : round.AcknowledgementToReceiptP99Ratio <= ReceiptP99RatioTarget, "F1");
            Row(output, "send to watcher receipt p99 (ms)", p.Watching.SendToReceipt.P99Ms, b.Broadcast.SendToReceipt.P99Ms, p.Watching.SendToReceipt.P99Ms / b.Broadcast.SendToReceipt.P99Ms, string.Empty, null, "F1");
            Row(output, "server CPU per request (us)", p.Voting.ServerCpuMicroseconds, b.Post.ServerCpuMicroseconds, round.ServerCpuRatio, "(ballot / bare POST)", null, "F0");
            if (p.Watching.Watchers > 0)
            {
                // Both with their deliveries, over the same kind of interval (while the requests are sent), at the same pace.
                Row(output, "server CPU per ballot / broadcast (us)", p.Voting.ServerCpuMicroseconds, b.BroadcastRequests.ServerCpuMicroseconds, p.Voting.ServerCpuMicroseconds / b.BroadcastRequests.ServerCpuMicroseconds, "(with the deliveries)", null, "F0");
            }

            Row(output, "load tool CPU per request (us)", p.Voting.ClientCpuMicroseconds, b.Post.ClientCpuMicroseconds, p.Voting.ClientCpuMicroseconds / b.Post.ClientCpuMicroseconds, string.Empty, null, "F0");
            output.WriteLine(Text($"{"server peak memory (VmHWM, MiB)",-36} {p.ServerPeakBytes / 1048576.0,12:F0} {string.Empty,12} {string.Empty,8}  {"< 1 GiB",-26} {Verdict(p.ServerPeakBytes < MemoryTargetBytes)}"));
            output.WriteLine(Text($"{"server RSS at the end (MiB)",-36} {p.ServerResidentBytes / 1048576.0,12:F0}"));
            output.WriteLine(Text($"{"server CPU while voting (s)",-36} {p.ServerCpuSecondsWhileVoting,12:F1}   over {p.Voting.Seconds:F1} s of voting"));
            output.WriteLine(Text($"{"bare broadcasts per second (paced)",-36} {string.Empty,12} {b.BroadcastRequests.PerSecond,12:F0}   at the pace of the ballots"));
            output.WriteLine(Text($"checks: {p.TalliesChecked - p.TalliesWrong}/{p.TalliesChecked} tallies exact; {p.Voting.Failed} ballots failed; watchers {p.Watching.Joined:N0}/{p.Watching.Watchers:N0} joined, {p.Watching.Received:N0}/{p.Watching.Expected:N0} events received, {p.Watching.WatchersWrong} watchers missed, doubled or reordered an event, {p.Watching.Closed} closed"));
            output.WriteLine(Text($"bare broadcast: {b.Broadcast.Joined:N0}/{b.Broadcast.Watchers:N0} joined, {b.Broadcast.Received:N0}/{b.Broadcast.Expected:N0} received, {b.Broadcast.WatchersWrong} watchers missed or doubled one, {b.Broadcast.WatchersOutOfOrder} saw some out of order; {b.Post.Failed + b.BroadcastRequests.Failed} bare requests failed"));
            foreach (var error in p.TallyErrors.Concat(p.Voting.FirstFailures))
            {
                output.WriteLine("  " + error);
            }

            output.WriteLine(round.Correct ? "every tally exact, every watcher saw every version once, in order" : "WRONG: see above");
        }
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json, cancellationToken);
    }

    private static void Row(TextWriter output, string figure, double plenary, double bare, double ratio, string target, bool? met, string format)
    {
        output.WriteLine(Text($"{figure,-36} {plenary.ToString(format, CultureInfo.InvariantCulture),12} {bare.ToString(format, CultureInfo.InvariantCulture),12} {ratio,8:F2}  {target,-26} {(met is { } m ? Verdict(m) : string.Empty)}"));
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
