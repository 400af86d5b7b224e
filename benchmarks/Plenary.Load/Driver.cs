using System.Diagnostics;

namespace Plenary.Load;

/// <summary>Runs jobs with at most a fixed number of requests in flight and gathers their acknowledgements and failures.</summary>
internal static class Driver
{
    public static async Task<DriveOutcome> RunAsync(string label, int jobs, int concurrency, TextWriter progress, Func<int, List<Acknowledgement>, Task> job, CancellationToken cancellationToken)
    {
        var next = -1;
        var done = 0;
        var failures = new List<string>();
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Acknowledgement>();
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs && !cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await job(index, mine);
                    Interlocked.Increment(ref done);
                }
                catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or LoadFailure or TaskCanceledException or System.Text.Json.JsonException)
                {
                    Interlocked.Increment(ref failed);
                    lock (failures)
                    {
                        if (failures.Count < 10)
                        {
                            failures.Add(exception.Message);
                        }
                    }
                }
            }

            return mine;
        })).ToArray();
        using var ticker = new Timer(_ => progress.WriteLine($"{label}: {Volatile.Read(ref done):N0} of {jobs:N0} done, {Volatile.Read(ref failed):N0} failed, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        var all = (await Task.WhenAll(workers)).SelectMany(w => w).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new DriveOutcome(all, elapsed, failed, failures);
    }
}

/// <summary>What a drive gave: every acknowledgement, the time from the first request to the last answer, and the failures (a count and the first few messages).</summary>
internal sealed record DriveOutcome(IReadOnlyList<Acknowledgement> Acknowledgements, TimeSpan Elapsed, int Failed, IReadOnlyList<string> FirstFailures)
{
    public double PerSecond => Acknowledgements.Count / Elapsed.TotalSeconds;

    public Percentiles Latency => Percentiles.Of(Acknowledgements.Select(a => a.Acknowledged - a.Sent));
}
