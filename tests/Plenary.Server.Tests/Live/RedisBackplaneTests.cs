using System.Net;
using System.Text.Json.Nodes;

namespace Plenary.Server.Tests.Live;

/// <summary>Two server processes on one PostgreSQL database with the Redis backplane: what is committed through one reaches the watchers of the other, every version once and in order, even when Redis loses announcements.</summary>
public sealed class RedisBackplaneTests
{
    private const string Meeting = "ga";

    [Fact]
    public async Task A_vote_cast_on_one_server_reaches_SignalR_and_SSE_watchers_on_the_other()
    {
        await using var servers = await TwoServers.StartAsync();
        await servers.RunAsync(async () =>
        {
            var (first, second) = (servers.First, servers.Second);
            var start = await OpenMeetingAsync(first);
            Assert.Equal(start, await VersionAsync(second));
            await using var hub = await HubWatcher.JoinAsync(second.Address, Meeting, start);
            using var client = new HttpClient { BaseAddress = second.Address, Timeout = Timeout.InfiniteTimeSpan };
            await using var sse = await SseWatcher.OpenAsync(client, $"/api/meetings/{Meeting}/events?after={start}");

            string[] states = ["UKR", "DEU", "FRA"];
            foreach (var state in states)
            {
                await first.BallotAsync(Meeting, state, "yes");
            }

            var pushed = await hub.TakeAsync(3);
            Assert.Equal([start + 1, start + 2, start + 3], pushed.Select(e => e.Version));
            Assert.All(pushed, e => Assert.Equal((Meeting, "vote-cast"), (e.Meeting, e.Name)));
            Assert.Equal(states, pushed.Select(e => e.Data.GetProperty("state").GetString()));
            var streamed = await sse.TakeAsync(3);
            Assert.Equal([start + 1, start + 2, start + 3], streamed.Select(m => m.Id));
            Assert.Equal(states, streamed.Select(m => (string?)JsonNode.Parse(m.Data)!["state"]));

            // Each ballot's Idempotency-Key is its vote's reference in the log; it is not announced to other servers' watchers.
            Assert.All(pushed, e => Assert.False(e.Data.TryGetProperty("reference", out _), e.Data.ToString()));
            Assert.All(streamed, m => Assert.False(JsonNode.Parse(m.Data)!.AsObject().ContainsKey("reference"), m.Data));

            // Nothing came twice: after the three, the next thing each watcher gets is the next version.
            await second.BallotAsync(Meeting, "POL", "yes");
            Assert.Equal(start + 4, Assert.Single(await hub.TakeAsync(1)).Version);
            Assert.Equal(start + 4, Assert.Single(await sse.TakeAsync(1)).Id);

            // The second server's Secretariat read the first one's ballots from PostgreSQL before deciding.
            var current = await second.GetAsync($"/api/meetings/{Meeting}/votes/current");
            Assert.Equal(4, (int)current["tally"]!["yes"]!);
            Assert.Equal(start + 4, await VersionAsync(first));

            // A watcher joining the second server afterwards gets the same versions from the log.
            await using var late = await HubWatcher.JoinAsync(second.Address, Meeting, start);
            Assert.Equal([start + 1, start + 2, start + 3, start + 4], (await late.TakeAsync(4)).Select(e => e.Version));
        });
    }

    [Fact]
    public async Task A_server_whose_subscription_was_cut_delivers_every_missed_version_once_it_is_back()
    {
        // The periodic catch-up is pushed out of the way: only the catch-up on reconnecting can deliver the lost votes.
        await using var servers = await TwoServers.StartAsync(secondCatchUp: TimeSpan.FromHours(1));
        await servers.RunAsync(async () =>
        {
            var (first, second) = (servers.First, servers.Second);
            var start = await OpenMeetingAsync(first);
            await using var hub = await HubWatcher.JoinAsync(second.Address, Meeting, start);
            using var client = new HttpClient { BaseAddress = second.Address, Timeout = Timeout.InfiniteTimeSpan };
            await using var sse = await SseWatcher.OpenAsync(client, $"/api/meetings/{Meeting}/events?after={start}");
            await first.BallotAsync(Meeting, "UKR", "yes");
            Assert.Equal(start + 1, Assert.Single(await hub.TakeAsync(1)).Version);
            Assert.Equal(start + 1, Assert.Single(await sse.TakeAsync(1)).Id);

            servers.Redis.CutOff("second");
            await second.WaitForReadinessAsync("Degraded", seconds: 20);
            string[] missed = ["DEU", "FRA", "POL"];
            foreach (var state in missed)
            {
                await first.BallotAsync(Meeting, state, "yes");
            }

            // Still cut off after the votes: their announcements never reached the second server.
            Assert.Equal("Degraded", await second.ReadinessAsync());
            servers.Redis.Restore("second");

            var pushed = await hub.TakeAsync(3, seconds: 30);
            Assert.Equal([start + 2, start + 3, start + 4], pushed.Select(e => e.Version));
            Assert.Equal(missed, pushed.Select(e => e.Data.GetProperty("state").GetString()));
            var streamed = await sse.TakeAsync(3, seconds: 30);
            Assert.Equal([start + 2, start + 3, start + 4], streamed.Select(m => m.Id));
            await second.WaitForReadinessAsync("Healthy", seconds: 20);
            Assert.Contains("Redis connection restored", second.Output, StringComparison.Ordinal);

            await first.BallotAsync(Meeting, "LTU", "yes");
            Assert.Equal(start + 5, Assert.Single(await hub.TakeAsync(1)).Version);
            Assert.Equal(start + 5, Assert.Single(await sse.TakeAsync(1)).Id);
        });
    }

    [Fact]
    public async Task Votes_cast_on_a_server_cut_off_from_Redis_still_reach_the_other_servers_watchers_from_the_log()
    {
        await using var servers = await TwoServers.StartAsync(secondCatchUp: TimeSpan.FromSeconds(1));
        await servers.RunAsync(async () =>
        {
            var (first, second) = (servers.First, servers.Second);
            var start = await OpenMeetingAsync(first);
            await using var hub = await HubWatcher.JoinAsync(second.Address, Meeting, start);
            using var client = new HttpClient { BaseAddress = second.Address, Timeout = Timeout.InfiniteTimeSpan };
            await using var sse = await SseWatcher.OpenAsync(client, $"/api/meetings/{Meeting}/events?after={start}");

            servers.Redis.CutOff("first");
            await first.WaitForReadinessAsync("Degraded", seconds: 20);
            string[] states = ["UKR", "DEU", "FRA"];
            foreach (var state in states)
            {
                // Acknowledged without Redis: the ballot is durable in the log, which is what counts.
                await first.BallotAsync(Meeting, state, "yes");
            }

            var pushed = await hub.TakeAsync(3, seconds: 30);
            Assert.Equal([start + 1, start + 2, start + 3], pushed.Select(e => e.Version));
            Assert.Equal(states, pushed.Select(e => e.Data.GetProperty("state").GetString()));
            Assert.Equal([start + 1, start + 2, start + 3], (await sse.TakeAsync(3, seconds: 30)).Select(m => m.Id));
            Assert.Equal("Degraded", await first.ReadinessAsync());

            // Back on Redis, the first server may still announce what it queued meanwhile: none of it is delivered twice.
            servers.Redis.Restore("first");
            await first.WaitForReadinessAsync("Healthy", seconds: 20);
            await first.BallotAsync(Meeting, "POL", "yes");
            Assert.Equal(start + 4, Assert.Single(await hub.TakeAsync(1)).Version);
            Assert.Equal(start + 4, Assert.Single(await sse.TakeAsync(1)).Id);
        });
    }

    /// <summary>Opens the meeting with a recorded vote on A/ES-11/L.1 through <paramref name="server"/>; returns the meeting's version.</summary>
    private static async Task<long> OpenMeetingAsync(ServerProcess server)
    {
        await server.PostAsync("/api/meetings", new { id = Meeting, body = "GA", date = "2022-03-02", session = "ES-11" }, HttpStatusCode.Created);
        await server.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }, HttpStatusCode.Created);
        await server.PostAsync($"/api/meetings/{Meeting}/votes", new { on = "A/ES-11/L.1", question = "important" }, HttpStatusCode.OK);
        return await VersionAsync(server);
    }

    private static async Task<long> VersionAsync(ServerProcess server) => (long)(await server.GetAsync($"/api/meetings/{Meeting}"))["version"]!;
}
