using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Plenary.Load;

/// <summary>A server the tool starts as a child process (<c>dotnet X.dll --urls …</c>), watches through <c>/proc</c>, and kills by its pid.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Starts <paramref name="dll"/> on a free loopback port and waits until <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyList<string> arguments, string readyPath, string logPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll))
        {
            throw new LoadFailure($"{dll} is not built: run `dotnet build -c Release benchmarks/Plenary.Load` (it builds the servers too).");
        }

        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new LoadFailure($"could not start {dll}");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Stopped with Ctrl+C or SIGTERM mid-run, the tool still takes its servers down with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillIfRunning(process);
        var server = new ServerProcess(process, log, address);
        try
        {
            await server.WaitReadyAsync(readyPath, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Peak and current resident memory of the server process, from <c>/proc/&lt;pid&gt;/status</c>.</summary>
    public MemoryUse Memory()
    {
        long Field(string[] lines, string name) =>
            lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
                ? long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024
                : 0;
        var status = File.ReadAllLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{Id}/status"));
        return new MemoryUse(Field(status, "VmHWM:"), Field(status, "VmRSS:"));
    }

    /// <summary>CPU time (user and system) the server has used so far, from <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    /// <summary>The load tool's own CPU time so far (user and system, all threads).</summary>
    public static TimeSpan OwnCpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{Id}/stat"));
        // Fields after the command name, which may hold spaces, so split after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    internal static void KillIfRunning(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already disposed: it was stopped in order.
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitReadyAsync(string readyPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new LoadFailure($"the server {Path.GetFileName(_process.StartInfo.ArgumentList[0])} exited with code {_process.ExitCode} before it was ready; see its log");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(readyPath, UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new LoadFailure($"the server at {Address} was not ready after two minutes");
    }
}

/// <summary>Resident memory in bytes: the peak (VmHWM) and the current (VmRSS).</summary>
internal sealed record MemoryUse(long PeakBytes, long ResidentBytes);
