using System.Diagnostics;

namespace Plenary.Load;

/// <summary>p50 and p99 of a set of durations, in milliseconds, with the count and the extremes.</summary>
internal sealed record Percentiles(long Count, double P50Ms, double P99Ms, double MinMs, double MaxMs)
{
    public static Percentiles Of(IEnumerable<long> stopwatchTicks)
    {
        var sorted = stopwatchTicks.ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(sorted);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        double Rank(double q) => Ms(sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)]);
        return new Percentiles(sorted.Length, Rank(0.50), Rank(0.99), Ms(sorted[0]), Ms(sorted[^1]));
    }
}
