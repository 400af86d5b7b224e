using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Api;
using Plenary.Server.Hosting;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Reliability;

/// <summary>Issue 3 §6: requests racing the lock of a vote are each counted or refused, never lost and never both.</summary>
public sealed class LockRaceTests : IAsyncLifetime
{
    private const int Rounds = 25;
    private static readonly string[] Early = ["UKR", "POL", "FRA", "DEU", "JPN"];
    private static readonly string[] Late = ["UKR", "POL", "ALB", "GBR", "USA", "CAN", "MEX", "BRA", "KEN", "GHA"];
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync()
    {
        // Signed in once before the races, so that the races are between ballots and the lock, not password hashing.
        await Task.WhenAll(Late.Select(s => _app.TokenAsync(Delegation(s))));
        await _app.TokenAsync("president-ga");
        await _app.TokenAsync(PlenaryApp.Secretariat);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_ballot_racing_the_lock_is_either_counted_and_acknowledged_or_refused_with_a_problem()
    {
        var counted = 0;
        var refused = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var meeting = await OpenVoteAsync(round);
            foreach (var state in Early)
            {
                await Expect(HttpStatusCode.OK, _app.BallotAsync(meeting, state, "yes", key: $"early-{state}"));
            }

            var ballots = Late.Select((state, i) => (State: state, Vote: i % 2 == 0 ? "no" : "abstain")).ToArray();
            // Half the ballots are sent just before the lock and half just after, all in flight at
            // once: the first half have a head start on the lock and the second half follow it, so
            // that both outcomes come up however fast the machine is, and the ones in between race.
            Task<(HttpResponseMessage Response, JsonNode? Body)> Send((string State, string Vote) b) =>
                _app.BallotAsync(meeting, b.State, b.Vote, key: $"late-{b.State}", user: Delegation(b.State));
            var before = ballots.Take(ballots.Length / 2).Select(Send).ToArray();
            var lockTask = _app.PostAsync($"/api/meetings/{meeting}/votes/current/close", user: "president-ga");
            var after = ballots.Skip(ballots.Length / 2).Select(Send).ToArray();
            var answers = await Task.WhenAll([.. before, .. after]);
            var locked = await lockTask;

            Assert.Equal(HttpStatusCode.OK, locked.Response.StatusCode);
            var (_, record) = await Expect(HttpStatusCode.OK, _app.GetAsync($"/api/meetings/{meeting}/votes/1"));
            Assert.True((bool)record!["closed"]!);
            for (var i = 0; i < ballots.Length; i++)
            {
                var (response, body) = answers[i];
                var recorded = VoteOf(record, ballots[i].State);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    counted++;
                    Assert.Equal(ballots[i].Vote, recorded);
                }
                else
                {
                    refused++;
                    AssertProblem(response, body, HttpStatusCode.UnprocessableEntity);
                    Assert.Equal(Early.Contains(ballots[i].State) ? "yes" : null, recorded);
                }
            }

            AssertTallyMatchesVotes(record);
            var events = await StreamAsync(meeting);
            var closedAt = events.FindIndex(e => e is VotingClosed);
            Assert.DoesNotContain(events.Skip(closedAt + 1), e => e is VoteCast);
            Assert.Equal(Early.Length + answers.Count(a => a.Response.StatusCode == HttpStatusCode.OK), events.Count(e => e is VoteCast));
        }

        // Both outcomes happened, or the race was not a race.
        TestContext.Current.TestOutputHelper?.WriteLine($"{counted} late ballots counted, {refused} refused over {Rounds} rounds");
        Assert.True(counted > 0 && refused > 0, $"{counted} counted, {refused} refused");
    }

    [Fact]
    public async Task Two_chairs_locking_at_once_lock_once()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var meeting = await OpenVoteAsync(100 + round);
            await Expect(HttpStatusCode.OK, _app.BallotAsync(meeting, "UKR", "yes"));

            var answers = await Task.WhenAll(
                _app.PostAsync($"/api/meetings/{meeting}/votes/current/close", user: "president-ga"),
                _app.PostAsync($"/api/meetings/{meeting}/votes/current/close", user: PlenaryApp.Secretariat));

            // One answer locked; the other is refused, or (the domain closes idempotently) answers that it recorded nothing.
            Assert.Single(answers, a => Recorded(a.Body).Contains("voting-closed"));
            var (response, body) = answers.Single(a => !Recorded(a.Body).Contains("voting-closed"));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Empty(Recorded(body));
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {body?.ToJsonString()}");
                AssertProblem(response, body, response.StatusCode);
            }

            Assert.Single(await StreamAsync(meeting), e => e is VotingClosed);
        }
    }

    [Fact]
    public async Task Two_chairs_locking_the_same_version_at_once_get_one_success_and_one_412_problem()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var meeting = await OpenVoteAsync(200 + round);
            var (_, read) = await Expect(HttpStatusCode.OK, _app.GetAsync($"/api/meetings/{meeting}"));
            var version = Http.ETag((long)read!["version"]!);

            var answers = await Task.WhenAll(
                _app.PostAsync($"/api/meetings/{meeting}/votes/current/close", headers: r => r.Headers.TryAddWithoutValidation("If-Match", version), user: "president-ga"),
                _app.PostAsync($"/api/meetings/{meeting}/votes/current/close", headers: r => r.Headers.TryAddWithoutValidation("If-Match", version), user: PlenaryApp.Secretariat));

            Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
            var (response, body) = answers.Single(a => a.Response.StatusCode != HttpStatusCode.OK);
            AssertProblem(response, body, HttpStatusCode.PreconditionFailed);
            Assert.Single(await StreamAsync(meeting), e => e is VotingClosed);
        }
    }

    private static List<string> Recorded(JsonNode? answer) =>
        answer?["events"] is JsonArray events ? [.. events.Select(e => (string)e!["type"]!)] : [];

    internal static void AssertProblem(HttpResponseMessage response, JsonNode? body, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((string?)body?["type"]), body?.ToJsonString());
        Assert.False(string.IsNullOrEmpty((string?)body?["title"]), body?.ToJsonString());
        Assert.Equal((int)status, (int?)body?["status"]);
    }

    private static void AssertTallyMatchesVotes(JsonNode record)
    {
        var votes = record["votes"]!.AsArray().Select(v => (string?)v!["vote"]).ToList();
        Assert.Equal(votes.Count(v => v == "yes"), (int)record["tally"]!["yes"]!);
        Assert.Equal(votes.Count(v => v == "no"), (int)record["tally"]!["no"]!);
        Assert.Equal(votes.Count(v => v == "abstain"), (int)record["tally"]!["abstain"]!);
    }

    private static string? VoteOf(JsonNode record, string state) =>
        (string?)record["votes"]!.AsArray().Single(v => (string?)v!["state"] == state)!["vote"];

    private static string Delegation(string state) => "delegation-" + state.ToLowerInvariant();

    private async Task<string> OpenVoteAsync(int round)
    {
        var meeting = string.Create(CultureInfo.InvariantCulture, $"race-{round}");
        var draft = string.Create(CultureInfo.InvariantCulture, $"A/ES-11/L.{round}");
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = meeting, body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/drafts", new { symbol = draft, body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
        await Expect(HttpStatusCode.OK, _app.PostAsync($"/api/meetings/{meeting}/votes", new { on = draft, question = "important" }));
        return meeting;
    }

    private async Task<List<object>> StreamAsync(string meeting)
    {
        var log = _app.Services.GetRequiredService<Chamber>().Secretariat.Log;
        return [.. (await log.ReadStreamAsync(Secretariat.MeetingStream(meeting), 1, TestContext.Current.CancellationToken)).Select(e => e.Event)];
    }
}
