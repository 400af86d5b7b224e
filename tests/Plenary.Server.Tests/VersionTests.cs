using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests;

public sealed class VersionTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_meeting_has_its_stream_version_as_ETag_and_answers_304_while_unchanged()
    {
        var (first, body) = await _app.GetAsync("/api/meetings/ga");
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal($"\"{(long)body!["version"]!}\"", etag);

        var (unchanged, _) = await _app.GetAsync("/api/meetings/ga", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));
        var (changed, _) = await _app.GetAsync("/api/meetings/ga", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task A_command_with_a_stale_If_Match_is_412_and_changes_nothing()
    {
        var (first, _) = await _app.GetAsync("/api/meetings/ga");
        var etag = first.Headers.ETag!.Tag;
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));

        var (response, problem) = await _app.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "DEU", vote = "yes" }, r =>
        {
            r.Headers.Add("Idempotency-Key", "deu-1");
            r.Headers.TryAddWithoutValidation("If-Match", etag);
        });

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/stale-version", (string?)problem!["type"]);
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Null(current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == "DEU")!["vote"]);
    }

    [Fact]
    public async Task A_command_with_the_current_If_Match_is_accepted()
    {
        var (first, _) = await _app.GetAsync("/api/meetings/ga");

        var (response, _) = await _app.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "DEU", vote = "yes" }, r =>
        {
            r.Headers.Add("Idempotency-Key", "deu-2");
            r.Headers.TryAddWithoutValidation("If-Match", first.Headers.ETag!.Tag);
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_retried_ballot_with_the_same_key_gets_the_same_answer_and_counts_once()
    {
        var (first, firstBody) = await _app.BallotAsync("ga", "UKR", "yes", key: "retry-me");
        var (second, secondBody) = await _app.BallotAsync("ga", "UKR", "yes", key: "retry-me");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody!.ToJsonString(), secondBody!.ToJsonString());
        var casts = await CountEventsAsync("vote-cast");
        Assert.Equal(1, casts);
    }

    [Fact]
    public async Task A_key_reused_for_another_ballot_is_422()
    {
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes", key: "once"));

        var (response, body) = await _app.BallotAsync("ga", "UKR", "no", key: "once");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/idempotency-key-reused", (string?)body!["type"]);
    }

    [Fact]
    public async Task Concurrent_ballots_in_one_meeting_are_all_counted()
    {
        var states = new[] { "AFG", "ALB", "AND", "ATG", "ARG", "AUS", "AUT", "BHS", "BHR", "BRB", "BEL", "BLZ", "BEN", "BTN", "BIH", "BWA" };

        var answers = await Task.WhenAll(states.Select(s => _app.BallotAsync("ga", s, "yes")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal(states.Length, (int)current!["tally"]!["yes"]!);
    }

    private async Task<int> CountEventsAsync(string type)
    {
        var chamber = (Hosting.Chamber)_app.Services.GetService(typeof(Hosting.Chamber))!;
        var events = await chamber.Secretariat.Log.ReadAllAsync(1, 100_000, TestContext.Current.CancellationToken);
        var codec = Infrastructure.EventCodec.JsonEventCodec.Default;
        return events.Count(e => codec.Encode(e.Event).Name == type);
    }
}
