using System.Diagnostics;
using System.Globalization;

namespace Plenary.Load;

/// <summary>The tool's side of the watcher process: starts it, waits until every watcher has joined, asks it to drain, reads the receipts, and kills it by its pid if it lingers.</summary>
internal sealed class WatcherFleet : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _receiptsPath;

    private WatcherFleet(Process process, string receiptsPath, int joined)
    {
        _process = process;
        _receiptsPath = receiptsPath;
        Joined = joined;
    }

    public int Joined { get; }

    public int Id => _process.Id;

    public static async Task<WatcherFleet> StartAsync(Uri server, WatcherKind kind, IReadOnlyList<string> groups, int count, string directory, CancellationToken cancellationToken)
    {
        var name = kind.ToString().ToLowerInvariant();
        var receipts = Path.Combine(directory, $"receipts-{name}.bin");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            typeof(WatcherFleet).Assembly.Location, "watch",
            "--url", server.ToString(), "--kind", kind.ToString(), "--groups", string.Join(',', groups),
            "--count", count.ToString(CultureInfo.InvariantCulture), "--out", receipts,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new LoadFailure("could not start the watcher process");
        var log = new StreamWriter(Path.Combine(directory, $"watchers-{name}.log")) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (log)
                {
                    log.WriteLine(line);
                }
            }
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ServerProcess.KillIfRunning(process);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            lock (log)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the watcher process exited with code {process.ExitCode}"));
            }
        };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new LoadFailure($"the watcher process stopped before its watchers joined; see {directory}/watchers-{name}.log");
        }

        return new WatcherFleet(process, receipts, int.Parse(ready["READY ".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until <paramref name="expected"/> messages in all have arrived (or the watchers fall quiet) and reads what each watcher got.</summary>
    public async Task<Receipts> DrainAsync(long expected, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"DRAIN {expected}"));
        await _process.StandardInput.FlushAsync(cancellationToken);
        var done = await _process.StandardOutput.ReadLineAsync(cancellationToken);
        if (done != "DONE")
        {
            throw new LoadFailure("the watcher process stopped before it wrote its receipts");
        }

        return Receipts.Read(_receiptsPath);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        File.Delete(_receiptsPath);
    }
}
