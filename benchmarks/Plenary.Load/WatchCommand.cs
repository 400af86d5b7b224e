using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Plenary.Load;

/// <summary>The watcher process (<c>watch</c>, started by the tool itself): connects K SignalR clients, records every message with its receipt time, and writes them to a file.</summary>
/// <remarks>
/// A process of its own, so that the watchers' receive loops and garbage collections do not sit in
/// the process that times the ballots. It talks to the tool over its standard input and output:
/// it prints <c>READY</c> once every watcher has joined; on <c>DRAIN n</c> it waits until n
/// messages have arrived in all (or nothing has come for <see cref="Quiet"/>), writes the file and
/// prints <c>DONE</c>.
/// </remarks>
internal static class WatchCommand
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(20);

    public static Command Create()
    {
        var url = new Option<string>("--url") { Required = true };
        var kind = new Option<WatcherKind>("--kind") { Required = true };
        var groups = new Option<string>("--groups") { Required = true, Description = "Comma-separated meeting ids (or bare group names)." };
        var count = new Option<int>("--count") { Required = true };
        var output = new Option<string>("--out") { Required = true };
        var command = new Command("watch", "Internal: the watcher process the tool starts.") { url, kind, groups, count, output };
        command.Hidden = true;
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Uri(parse.GetValue(url)!),
            parse.GetValue(kind),
            parse.GetValue(groups)!.Split(','),
            parse.GetValue(count),
            parse.GetValue(output)!,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Uri server, WatcherKind kind, string[] groups, int count, string output, CancellationToken cancellationToken)
    {
        var watchers = Enumerable.Range(0, count).Select(i => new Watcher(i % groups.Length)).ToArray();
        var connections = new HubConnection?[count];
        var failures = 0;
        var connected = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var watcher = watchers[i];
            var group = groups[watcher.Group];
            try
            {
                connections[i] = await ConnectAsync(server, kind, watcher, group, ct);
                if (Interlocked.Increment(ref connected) % 1000 == 0)
                {
                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"watchers: {connected} joined"));
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Net.WebSockets.WebSocketException or HubException or IOException or TimeoutException or InvalidOperationException)
            {
                watcher.Closed = true;
                if (Interlocked.Increment(ref failures) <= 5)
                {
                    await Console.Error.WriteLineAsync($"watcher {i} could not join {group}: {exception.Message}");
                }
            }
        });

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"READY {connected}"));
        Console.Out.Flush();
        var line = await Console.In.ReadLineAsync(cancellationToken);
        var expected = line is not null && line.StartsWith("DRAIN ", StringComparison.Ordinal)
            ? long.Parse(line["DRAIN ".Length..], CultureInfo.InvariantCulture)
            : 0;
        var last = -1L;
        var quietSince = Stopwatch.GetTimestamp();
        while (true)
        {
            var total = watchers.Sum(w => (long)w.Count);
            if (total >= expected)
            {
                break;
            }

            if (total != last)
            {
                last = total;
                quietSince = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(quietSince) > Quiet)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"watchers: {total} of {expected} messages, nothing more for {Quiet.TotalSeconds} s"));
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        using (var writer = new BinaryWriter(File.Create(output)))
        {
            writer.Write(failures);
            writer.Write(watchers.Length);
            foreach (var watcher in watchers)
            {
                watcher.Write(writer);
            }
        }

        Console.Out.WriteLine("DONE");
        Console.Out.Flush();
        return 0;
    }

    private static async Task<HubConnection> ConnectAsync(Uri server, WatcherKind kind, Watcher watcher, string group, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, kind == WatcherKind.Plenary ? "/hubs/meetings" : "/hubs/broadcast"), options =>
            {
                // One WebSocket per watcher, no negotiate round trip: 10,000 of them connect in seconds.
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        // A watcher process that falls behind under load must not take that for a dead server.
        connection.ServerTimeout = TimeSpan.FromMinutes(10);
        connection.HandshakeTimeout = TimeSpan.FromMinutes(2);
        connection.Closed += _ =>
        {
            watcher.Closed = true;
            return Task.CompletedTask;
        };
        if (kind == WatcherKind.Plenary)
        {
            connection.On<MeetingEventMessage>("EventRecorded", m => watcher.Receive(m.Meeting, group, m.Version));
            await connection.StartAsync(cancellationToken);
            await connection.InvokeAsync("JoinMeeting", group, 0L, cancellationToken);
        }
        else
        {
            connection.On<BroadcastMessage>("Message", m => watcher.Receive(m.Group, group, m.Sequence));
            await connection.StartAsync(cancellationToken);
            await connection.InvokeAsync("JoinGroup", group, cancellationToken);
        }

        return connection;
    }

    /// <summary>The part of Plenary's <c>EventRecorded</c> message the watcher needs; the rest of the event is read and ignored.</summary>
    private sealed record MeetingEventMessage(string? Meeting, long Version);

    /// <summary>The bare hub's message.</summary>
    private sealed record BroadcastMessage(string? Group, long Sequence);
}
