using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Plenary.Server.Live;

namespace Plenary.Server.Tests.Live;

/// <summary>A SignalR client of a real server's <c>/hubs/meetings</c> that joined one meeting, handing what it receives to a channel.</summary>
internal sealed class HubWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<LiveEvent> _received = Channel.CreateUnbounded<LiveEvent>();

    private HubWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<LiveEvent>(nameof(IMeetingClient.EventRecorded), e => _received.Writer.TryWrite(e));
    }

    public static async Task<HubWatcher> JoinAsync(Uri server, string meeting, long afterVersion)
    {
        var watcher = new HubWatcher(new HubConnectionBuilder().WithUrl(new Uri(server, "/hubs/meetings")).Build());
        await watcher._connection.StartAsync(TestContext.Current.CancellationToken);
        await watcher._connection.InvokeAsync(nameof(MeetingHub.JoinMeeting), meeting, afterVersion, TestContext.Current.CancellationToken);
        return watcher;
    }

    /// <summary>The next <paramref name="count"/> events, failing after <paramref name="seconds"/> without them.</summary>
    public async Task<IReadOnlyList<LiveEvent>> TakeAsync(int count, int seconds = 10)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var taken = new List<LiveEvent>();
        while (taken.Count < count)
        {
            taken.Add(await _received.Reader.ReadAsync(timeout.Token));
        }

        return taken;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
