namespace Plenary.Load;

/// <summary>The figures of one round (one server without or with the Redis backplane, or two servers on Redis): the bare counterparts, Plenary's, and their ratios.</summary>
internal sealed record RoundFigures(string Round, BareFigures Bare, PlenaryFigures Plenary)
{
    /// <summary>Acknowledged votes per second over the bare POST's requests per second (target at least 0.25).</summary>
    public double ThroughputRatio => Plenary.Voting.PerSecond / Bare.Post.PerSecond;

    /// <summary>Plenary's server CPU per ballot over the bare server's per POST.</summary>
    public double ServerCpuRatio => Plenary.Voting.ServerCpuMicroseconds / Bare.Post.ServerCpuMicroseconds;

    public double CastToAcknowledgementP50Ratio => Plenary.Voting.Latency.P50Ms / Bare.Post.Latency.P50Ms;

    public double CastToAcknowledgementP99Ratio => Plenary.Voting.Latency.P99Ms / Bare.Post.Latency.P99Ms;

    public double AcknowledgementToReceiptP50Ratio => Plenary.Watching.AcknowledgementToReceipt.P50Ms / Bare.Broadcast.AcknowledgementToReceipt.P50Ms;

    /// <summary>Plenary's p99 acknowledgement-to-receipt over the bare broadcast's (target at most 1.5).</summary>
    public double AcknowledgementToReceiptP99Ratio => Plenary.Watching.AcknowledgementToReceipt.P99Ms / Bare.Broadcast.AcknowledgementToReceipt.P99Ms;

    public bool Correct => Plenary.TalliesWrong == 0 && Plenary.Watching.WatchersWrong == 0 && Plenary.Voting.Failed == 0;
}

/// <summary>The bare minimal-API POST and the bare SignalR broadcast, with the same concurrency and message pattern as Plenary's.</summary>
internal sealed record BareFigures(RateFigures Post, RateFigures BroadcastRequests, WatchFigures Broadcast);

/// <summary>Requests answered: how many, how fast, how long each took (send to answer), and the failures.</summary>
internal sealed record RateFigures(long Acknowledged, int Failed, double Seconds, double PerSecond, Percentiles Latency, IReadOnlyList<string> FirstFailures)
{
    /// <summary>The server's CPU time (user and system) per request answered, while they were sent.</summary>
    public double ServerCpuMicroseconds { get; init; } = double.NaN;

    /// <summary>The load tool's own CPU time per request in the same interval: its share of the two cores.</summary>
    public double ClientCpuMicroseconds { get; init; } = double.NaN;

    /// <summary>The figures with the CPU both processes spent during the drive, per request.</summary>
    public RateFigures WithCpu(TimeSpan server, TimeSpan client) => this with
    {
        ServerCpuMicroseconds = server.TotalMicroseconds / Math.Max(1, Acknowledged),
        ClientCpuMicroseconds = client.TotalMicroseconds / Math.Max(1, Acknowledged),
    };

    public static RateFigures Of(DriveOutcome outcome) =>
        new(outcome.Acknowledgements.Count, outcome.Failed, outcome.Elapsed.TotalSeconds, outcome.PerSecond, outcome.Latency, outcome.FirstFailures);
}

/// <summary>What the watchers received: from each acknowledgement (and from each send) to each receipt, and how many watchers missed, doubled or reordered a message.</summary>
/// <param name="WatchersWrong">Watchers that did not see every version (or sequence number) exactly once, in order.</param>
internal sealed record WatchFigures(
    int Watchers,
    int Joined,
    int ConnectFailures,
    int Closed,
    long Expected,
    long Received,
    int WatchersWrong,
    int WatchersOutOfOrder,
    Percentiles AcknowledgementToReceipt,
    Percentiles SendToReceipt);

/// <summary>Plenary's round: setup, the votes, the watchers, the checks and the server's memory and CPU.</summary>
internal sealed record PlenaryFigures(
    int Meetings,
    int Voters,
    int Ballots,
    int Changes,
    double SetupSeconds,
    RateFigures Voting,
    WatchFigures Watching,
    int TalliesChecked,
    int TalliesWrong,
    IReadOnlyList<string> TallyErrors,
    long ServerPeakBytes,
    long ServerResidentBytes,
    double ServerCpuSecondsWhileVoting);
