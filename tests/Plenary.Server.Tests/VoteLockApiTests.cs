using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Plenary.Server.Tests.Live;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests;

/// <summary>The chair announces the lock with a countdown, then locks; the server's clock (a fake one here) stamps both.</summary>
public sealed class VoteLockApiTests : IAsyncLifetime
{
    private const string AnnounceLock = "/api/meetings/ga/votes/current/announce-lock";
    private const string Lock = "/api/meetings/ga/votes/current/close";
    private static readonly DateTimeOffset Start = new(2022, 3, 2, 15, 42, 5, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly PlenaryApp _app;

    public VoteLockApiTests() => _app = new PlenaryApp(clock: _clock);

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_chair_announces_the_lock_and_the_current_vote_and_the_meeting_show_the_countdown()
    {
        var (_, body) = await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 45 }, user: "president-ga"));

        var announced = body!["events"]!.AsArray().Single()!;
        Assert.Equal("vote-lock-announced", (string?)announced["type"]);
        Assert.Equal(Start, Instant(announced["data"]!["announcedAt"]));
        Assert.Equal(Start.AddSeconds(45), Instant(announced["data"]!["locksAt"]));

        var (_, current) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/meetings/ga/votes/current"));
        Assert.Equal((Start, Start.AddSeconds(45)), (Instant(current!["lockAnnouncedAt"]), Instant(current["locksAt"])));
        Assert.False((bool)current["closed"]!);
        var (_, meeting) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/meetings/ga"));
        Assert.Equal(Start.AddSeconds(45), Instant(meeting!["currentQuestion"]!["locksAt"]));
    }

    [Fact]
    public async Task Before_any_announcement_the_countdown_fields_are_null()
    {
        var (_, current) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/meetings/ga/votes/current"));

        Assert.Null(current!["lockAnnouncedAt"]);
        Assert.Null(current["locksAt"]);
    }

    [Fact]
    public async Task Without_a_body_or_a_number_of_seconds_the_countdown_is_thirty_seconds()
    {
        using var client = await _app.CreateClientAsync("president-ga");
        using var empty = await client.PostAsync(AnnounceLock, null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);

        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal(Start.AddSeconds(30), Instant(current!["locksAt"]));
    }

    [Fact]
    public async Task Locking_before_the_announced_time_is_422_and_records_nothing_while_votes_are_still_taken_after_it_ran_out()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 20 }, user: "president-ga"));
        var before = await LiveMeeting.VersionAsync(_app);
        _clock.Advance(TimeSpan.FromSeconds(15));

        var (response, problem) = await _app.PostAsync(Lock, user: "president-ga");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/lock-before-announced-time", (string?)problem!["type"]);
        Assert.Equal("lock-before-announced-time", (string?)problem["code"]);
        Assert.Equal("rule 88; practice", (string?)problem["rule"]);
        Assert.Equal("The voting was announced to close at 15:42:25 UTC; delegations may vote until then (5 seconds more).", (string?)problem["detail"]);
        Assert.Equal(before, await LiveMeeting.VersionAsync(_app));

        _clock.Advance(TimeSpan.FromSeconds(10));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes", user: "delegation-ukr"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "abstain", key: "ukr-changed", user: "delegation-ukr"));
        await Expect(HttpStatusCode.OK, _app.PostAsync(Lock, user: "president-ga"));
        var (late, closed) = await _app.BallotAsync("ga", "POL", "yes", user: "delegation-pol");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal("https://plenary.dev/problems/voting-closed", (string?)closed!["type"]);
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal("abstain", (string?)current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == "UKR")!["vote"]);
    }

    [Fact]
    public async Task Announcing_again_may_extend_the_countdown_but_not_bring_the_lock_forward()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 60 }, user: "president-ga"));
        _clock.Advance(TimeSpan.FromSeconds(10));

        var (response, problem) = await _app.PostAsync(AnnounceLock, new { seconds = 10 }, user: "president-ga");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/lock-brought-forward", (string?)problem!["type"]);

        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 120 }, user: "president-ga"));
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal((Start.AddSeconds(10), Start.AddSeconds(130)), (Instant(current!["lockAnnouncedAt"]), Instant(current["locksAt"])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(301)]
    public async Task A_countdown_outside_0_to_300_seconds_is_400_with_the_field_named(int seconds)
    {
        var (response, problem) = await _app.PostAsync(AnnounceLock, new { seconds }, user: "president-ga");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/invalid-input", (string?)problem!["type"]);
        Assert.Equal("must be between 0 and 300.", (string?)problem["errors"]!["seconds"]![0]);
    }

    [Fact]
    public async Task A_countdown_that_is_not_a_number_is_400()
    {
        var (response, problem) = await _app.PostAsync(AnnounceLock, new { seconds = "ten" }, user: "president-ga");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/invalid-input", (string?)problem!["type"]);
    }

    [Fact]
    public async Task Only_the_chair_of_the_body_or_the_Secretariat_announces_the_lock()
    {
        var (asDelegation, forbidden) = await _app.PostAsync(AnnounceLock, new { seconds = 30 }, user: "delegation-ukr");
        var (asOtherChair, _) = await _app.PostAsync(AnnounceLock, new { seconds = 30 }, user: "president-sc");
        var (asPublic, unauthenticated) = await _app.PostAsync(AnnounceLock, new { seconds = 30 }, user: null);
        var version = await LiveMeeting.VersionAsync(_app);

        Assert.Equal(HttpStatusCode.Forbidden, asDelegation.StatusCode);
        Assert.Equal("https://plenary.dev/problems/forbidden", (string?)forbidden!["type"]);
        Assert.Equal(HttpStatusCode.Forbidden, asOtherChair.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asPublic.StatusCode);
        Assert.Equal("https://plenary.dev/problems/unauthenticated", (string?)unauthenticated!["type"]);
        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 30 }, user: "president-ga"));
        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 40 }, user: "secretariat"));
        Assert.Equal(version + 2, await LiveMeeting.VersionAsync(_app));
    }

    [Fact]
    public async Task The_announcement_honours_If_Match_a_stale_version_is_412_and_the_answer_carries_the_new_ETag()
    {
        var (first, _) = await _app.GetAsync("/api/meetings/ga");
        var etag = first.Headers.ETag!.Tag;
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));

        var (stale, problem) = await _app.PostAsync(AnnounceLock, new { seconds = 30 }, r => r.Headers.TryAddWithoutValidation("If-Match", etag), user: "president-ga");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("https://plenary.dev/problems/stale-version", (string?)problem!["type"]);

        var (now, _) = await _app.GetAsync("/api/meetings/ga");
        var (accepted, body) = await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 30 }, r => r.Headers.TryAddWithoutValidation("If-Match", now.Headers.ETag!.Tag), user: "president-ga"));
        Assert.Equal($"\"{(long)body!["version"]!}\"", accepted.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task With_no_vote_open_the_announcement_is_422_and_in_an_unknown_meeting_404()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "quiet", body = "GA", date = "2022-03-02", session = "ES-11" }));

        var (none, problem) = await _app.PostAsync("/api/meetings/quiet/votes/current/announce-lock", new { seconds = 30 }, user: "president-ga");
        var (unknown, missing) = await _app.PostAsync("/api/meetings/nowhere/votes/current/announce-lock", new { seconds = 30 }, user: "president-ga");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Equal("https://plenary.dev/problems/no-vote-open", (string?)problem!["type"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("https://plenary.dev/problems/not-found", (string?)missing!["type"]);
    }

    [Fact]
    public async Task A_watcher_of_the_live_feed_sees_the_announcement_and_then_the_lock()
    {
        var start = await LiveMeeting.VersionAsync(_app);
        await using var watcher = await SseWatcher.OpenAsync(_app, $"/api/meetings/ga/events?after={start}");

        await Expect(HttpStatusCode.OK, _app.PostAsync(AnnounceLock, new { seconds = 5 }, user: "president-ga"));
        _clock.Advance(TimeSpan.FromSeconds(5));
        await Expect(HttpStatusCode.OK, _app.PostAsync(Lock, user: "president-ga"));

        var messages = await watcher.TakeAsync(2);
        Assert.Equal(["vote-lock-announced", "voting-closed"], messages.Select(m => m.Event));
        Assert.Equal(Start.AddSeconds(5), Instant(JsonNode.Parse(messages[0].Data)!["locksAt"]));
    }

    private static DateTimeOffset Instant(JsonNode? node) =>
        DateTimeOffset.Parse((string?)node ?? throw new InvalidOperationException("no instant"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
