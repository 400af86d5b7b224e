using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Plenary.Server.Live;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Live;

public sealed class MeetingHubTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_client_that_rejoins_with_its_last_version_gets_the_missed_votes_exactly_once()
    {
        var start = await LiveMeeting.VersionAsync(_app);
        var received = Channel.CreateUnbounded<LiveEvent>();
        var seen = new List<LiveEvent>();

        await using (var first = await ConnectAsync(received))
        {
            await first.InvokeAsync(nameof(MeetingHub.JoinMeeting), "ga", start, TestContext.Current.CancellationToken);
            foreach (var state in new[] { "UKR", "DEU", "FRA" })
            {
                await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", state, "yes"));
            }

            seen.AddRange(await TakeAsync(received, 3));
            await first.StopAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal([start + 1, start + 2, start + 3], seen.Select(e => e.Version));
        Assert.All(seen, e => Assert.Equal(("ga", "vote-cast"), (e.Meeting, e.Name)));
        Assert.Equal("DEU", seen[1].Data.GetProperty("state").GetString());

        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "POL", "yes"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "LTU", "yes"));
        await using var second = await ConnectAsync(received);
        await second.InvokeAsync(nameof(MeetingHub.JoinMeeting), "ga", seen[^1].Version, TestContext.Current.CancellationToken);
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "LVA", "yes"));

        var resumed = await TakeAsync(received, 3);
        Assert.Equal([start + 4, start + 5, start + 6], resumed.Select(e => e.Version));
        Assert.Equal(["POL", "LTU", "LVA"], resumed.Select(e => e.Data.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Joining_an_unknown_meeting_is_refused()
    {
        await using var connection = await ConnectAsync(Channel.CreateUnbounded<LiveEvent>());

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(MeetingHub.JoinMeeting), "nowhere", 0L, TestContext.Current.CancellationToken));

        Assert.Contains("nowhere", refused.Message, StringComparison.Ordinal);
    }

    private async Task<HubConnection> ConnectAsync(Channel<LiveEvent> received)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, "/hubs/meetings"), options =>
            {
                options.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        connection.On<LiveEvent>(nameof(IMeetingClient.EventRecorded), e => received.Writer.TryWrite(e));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static async Task<IReadOnlyList<LiveEvent>> TakeAsync(Channel<LiveEvent> received, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var taken = new List<LiveEvent>();
        while (taken.Count < count)
        {
            taken.Add(await received.Reader.ReadAsync(timeout.Token));
        }

        return taken;
    }
}
