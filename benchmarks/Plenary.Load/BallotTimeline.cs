using System.Diagnostics;
using System.Globalization;

namespace Plenary.Load;

/// <summary>Every acknowledged ballot of a round, one line each, for finding where a latency tail comes from.</summary>
/// <remarks>
/// A p99 alone does not tell queueing from a stall: when every request in flight waits out the
/// same pause, the answers stop for the length of the pause and then arrive together. That is how
/// a 150 ms sleep in the SQLite driver, taken whenever a read-model write held the lock, showed.
/// </remarks>
internal static class BallotTimeline
{
    private const string Header = "sent_ms\tlatency_ms\tmeeting";

    /// <summary>Writes sent time (ms after the round's first ballot), latency (ms) and meeting, in the order sent.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<Acknowledgement> ballots, CancellationToken cancellationToken)
    {
        if (ballots.Count == 0)
        {
            return;
        }

        var first = ballots.Min(b => b.Sent);
        static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var lines = ballots
            .OrderBy(b => b.Sent)
            .Select(b => string.Create(CultureInfo.InvariantCulture, $"{Ms(b.Sent - first):F3}\t{Ms(b.Acknowledged - b.Sent):F3}\t{b.Group}"));
        await File.WriteAllLinesAsync(path, [Header, .. lines], cancellationToken);
    }
}
