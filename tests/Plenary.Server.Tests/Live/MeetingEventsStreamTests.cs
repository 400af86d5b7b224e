using System.Net;
using System.Text.Json.Nodes;
using Plenary.Server.Problems;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Live;

public sealed class MeetingEventsStreamTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_watcher_sees_each_vote_cast_live_with_consecutive_ids()
    {
        var start = await LiveMeeting.VersionAsync(_app);
        await using var watcher = await SseWatcher.OpenAsync(_app, $"/api/meetings/ga/events?after={start}");

        foreach (var state in new[] { "UKR", "DEU", "FRA" })
        {
            await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", state, "yes"));
        }

        var messages = await watcher.TakeAsync(3);
        Assert.Equal([start + 1, start + 2, start + 3], messages.Select(m => m.Id));
        Assert.All(messages, m => Assert.Equal("vote-cast", m.Event));
        Assert.Equal(["UKR", "DEU", "FRA"], messages.Select(m => (string?)JsonNode.Parse(m.Data)!["state"]));

        // A delegation's reference for its ballot stays in the log, where it answers retries.
        Assert.All(messages, m => Assert.False(JsonNode.Parse(m.Data)!.AsObject().ContainsKey("reference"), m.Data));
    }

    [Fact]
    public async Task A_watcher_resuming_with_Last_Event_ID_gets_exactly_the_events_after_it()
    {
        var start = await LiveMeeting.VersionAsync(_app);
        await using (var first = await SseWatcher.OpenAsync(_app, $"/api/meetings/ga/events?after={start}"))
        {
            await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));
            await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "DEU", "yes"));
            await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "FRA", "yes"));
            Assert.Equal([start + 1, start + 2, start + 3], (await first.TakeAsync(3)).Select(m => m.Id));
        }

        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "POL", "yes"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "LTU", "yes"));
        var lastSeen = start + 2;
        await using var resumed = await SseWatcher.OpenAsync(_app, "/api/meetings/ga/events?after=0", lastEventId: $"{lastSeen}");
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "LVA", "yes"));

        var messages = await resumed.TakeAsync(4);
        Assert.Equal([start + 3, start + 4, start + 5, start + 6], messages.Select(m => m.Id));
        Assert.Equal(["FRA", "POL", "LTU", "LVA"], messages.Select(m => (string?)JsonNode.Parse(m.Data)!["state"]));
    }

    [Fact]
    public async Task A_watcher_from_the_start_gets_the_whole_meeting_in_order()
    {
        var version = await LiveMeeting.VersionAsync(_app);
        await using var watcher = await SseWatcher.OpenAsync(_app, "/api/meetings/ga/events");

        var messages = await watcher.TakeAsync((int)version);

        Assert.Equal(Enumerable.Range(1, (int)version).Select(v => (long)v), messages.Select(m => m.Id));
        Assert.Equal("meeting-opened", messages[0].Event);
    }

    [Fact]
    public async Task An_unknown_meeting_is_404_unknown_resource()
    {
        var (response, problem) = await _app.GetAsync("/api/meetings/nowhere/events");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemTypes.NotFound, (string?)problem!["type"]);
    }

    [Fact]
    public async Task A_Last_Event_ID_that_is_not_a_version_is_400_invalid_input()
    {
        var (response, problem) = await _app.GetAsync("/api/meetings/ga/events", r => r.Headers.Add("Last-Event-ID", "yesterday"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemTypes.InvalidInput, (string?)problem!["type"]);
        Assert.NotNull(problem["errors"]!["Last-Event-ID"]);
    }
}
