using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Api;

namespace Plenary.Server.Tests.Reliability;

/// <summary>Issue 3 §6: a vote is acknowledged only once it is durable, so a SIGKILL in the middle of a load of votes loses none that was acknowledged.</summary>
public sealed class KillDuringVotingTests
{
    private const int Meetings = 3;
    private const int Delegations = 20;

    /// <summary>Two ballots a seat on average: votes cast and changed, with the load still running.</summary>
    private const int KillAfterAcknowledged = 2 * Meetings * Delegations;
    private static readonly string[] Choices = ["yes", "no", "abstain"];

    [Fact]
    public async Task Every_acknowledged_ballot_survives_a_SIGKILL_in_the_middle_of_the_voting_and_every_tally_matches_the_record()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("plenary-kill-");
        var file = Path.Combine(directory.FullName, "plenary.db");
        var servers = new List<ServerProcess>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:F1}s {name}");
        try
        {
            var first = await StartAsync(file);
            servers.Add(first);
            Phase("started");
            using var http = first.CreateClient();
            var secretariat = await SignInAsync(http, "secretariat", cancellationToken);
            var meetings = Enumerable.Range(1, Meetings).Select(n => string.Create(CultureInfo.InvariantCulture, $"kill-{n}")).ToArray();
            await OpenVotesAsync(http, secretariat, meetings, cancellationToken);
            Phase("opened");
            var eligible = (await EligibleStatesAsync(http, cancellationToken)).ToArray();
            var states = eligible.Take(Delegations).ToArray();
            var tokens = await Task.WhenAll(states.Select(s => SignInAsync(http, "delegation-" + s.ToLowerInvariant(), cancellationToken)));
            Phase("signed in");
            var seats = meetings.SelectMany(m => states.Select((s, i) => new Seat(m, s, tokens[i], i))).ToArray();

            // Load: every seat casts and changes its vote, one request in flight at a time, until the server dies under it.
            var acknowledged = 0;
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var load = Task.WhenAll(seats.Select(seat => Task.Run(
                async () =>
                {
                    while (await seat.CastNextAsync(http))
                    {
                        if (Interlocked.Increment(ref acknowledged) >= KillAfterAcknowledged)
                        {
                            enough.TrySetResult();
                        }
                    }
                },
                cancellationToken)));
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
            await first.KillAsync();
            Phase("killed");
            await load.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);

            Assert.All(seats, s => Assert.True(s.Unexpected is null, $"{s}: {s.Unexpected}"));
            Assert.Contains(seats, s => s.InFlight is not null);
            Assert.Contains(seats, s => s.AcknowledgedKeys.Count > 1);
            await CheckLogAsync(file, seats, cancellationToken);
            Phase("log checked");

            var second = await StartAsync(file);
            servers.Add(second);
            Phase("restarted");
            using var again = second.CreateClient();
            foreach (var meeting in meetings)
            {
                var record = await RecordAsync(again, $"/api/meetings/{meeting}/votes/current", cancellationToken);
                foreach (var seat in seats.Where(s => s.Meeting == meeting))
                {
                    var recorded = VoteOf(record, seat.State);
                    Assert.True(
                        recorded == seat.Acknowledged || (seat.InFlight is not null && recorded == seat.InFlight),
                        $"{seat}: recorded {recorded ?? "nothing"} after the restart; last acknowledged {seat.Acknowledged ?? "nothing"}, unanswered {seat.InFlight ?? "nothing"}");
                }

                AssertTallyMatchesVotes(record);
            }

            // The requests the kill left unanswered are retried with their keys: answered once, never counted twice.
            var retried = seats.Where(s => s.InFlight is not null).ToArray();
            foreach (var seat in retried)
            {
                seat.Token = await SignInAsync(again, "delegation-" + seat.State.ToLowerInvariant(), cancellationToken);
            }

            await Task.WhenAll(retried.Select(async seat => Assert.True(await seat.RetryAsync(again), $"{seat}: the retry was refused: {seat.Unexpected}")));
            Phase("retried");
            var chair = await SignInAsync(again, "secretariat", cancellationToken);
            foreach (var meeting in meetings)
            {
                var record = await RecordAsync(again, $"/api/meetings/{meeting}/votes/current", cancellationToken);
                Assert.All(seats.Where(s => s.Meeting == meeting), seat => Assert.Equal(seat.Acknowledged, VoteOf(record, seat.State)));
                AssertTallyMatchesVotes(record);

                // The rest of the Assembly votes too, so that the quorum (rule 67) is there to decide.
                await Task.WhenAll(eligible.Skip(Delegations).Select(state => PostAsync(
                    again, chair, $"/api/meetings/{meeting}/votes/current/ballots", HttpStatusCode.OK, cancellationToken, new { state, vote = "abstain" }, "chair-" + state)));
                await PostAsync(again, chair, $"/api/meetings/{meeting}/votes/current/close", HttpStatusCode.OK, cancellationToken);
                await PostAsync(again, chair, $"/api/meetings/{meeting}/votes/current/announce", HttpStatusCode.OK, cancellationToken);
                var decided = await RecordAsync(again, $"/api/meetings/{meeting}/votes/1", cancellationToken);
                Assert.NotNull(decided["decision"]);
                AssertTallyMatchesVotes(decided);
                Assert.All(seats.Where(s => s.Meeting == meeting), seat => Assert.Equal(seat.Acknowledged, VoteOf(decided, seat.State)));
                Assert.Equal(eligible.Length - Delegations + seats.Where(s => s.Meeting == meeting).Count(s => s.Acknowledged is not null), decided["votes"]!.AsArray().Count(v => v!["vote"] is not null));
            }
        }
        catch (Exception) when (Report(servers))
        {
            throw;
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The file as the kill left it: one gap-free order, gap-free streams, and every vote written with its acknowledgement or not at all.</summary>
    private static async Task CheckLogAsync(string file, IReadOnlyList<Seat> seats, CancellationToken cancellationToken)
    {
        IReadOnlyList<RecordedEvent> events;
        await using (var log = await SqliteEventLog.OpenAsync($"Data Source={file}", TimeProvider.System, cancellationToken))
        {
            events = await log.ReadAllAsync(1, int.MaxValue, cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(p => (long)p), events.Select(e => e.Position));
        foreach (var stream in events.GroupBy(e => e.Stream, StringComparer.Ordinal))
        {
            Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => (long)v), stream.Select(e => e.Version));
        }

        // A vote carries its ballot's key as its reference, so it is written with its acknowledgement
        // or not at all; a ballot that changed nothing is acknowledged in a stream of its own, with
        // the vote the State already had.
        var votes = events.Where(e => e.Event is VoteCast).ToList();
        Assert.All(votes, v => Assert.False(string.IsNullOrEmpty(((VoteCast)v.Event).Reference), $"the vote at {v.Position} has no reference"));
        var keys = votes.Select(v => v.Stream["meeting-".Length..] + "/" + ((VoteCast)v.Event).Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var ack in events.Where(e => e.Event is BallotAcknowledged))
        {
            var answer = (BallotAcknowledged)ack.Event;
            var standing = votes.Last(v => v.Position < ack.Position && v.Stream == Secretariat.MeetingStream(answer.Meeting) && ((VoteCast)v.Event).State == answer.State);
            Assert.Equal(answer.Vote, ((VoteCast)standing.Event).Vote);
            Assert.True(keys.Add(answer.Meeting + "/" + answer.Key), $"ballot {answer.Key} in {answer.Meeting} was answered twice");
        }

        foreach (var seat in seats)
        {
            Assert.All(seat.AcknowledgedKeys, key => Assert.True(keys.Contains(seat.Meeting + "/" + key), $"{seat}: ballot {key} was acknowledged but is not in the log"));
        }
    }

    private static void AssertTallyMatchesVotes(JsonNode record)
    {
        var votes = record["votes"]!.AsArray().Select(v => (string?)v!["vote"]).ToList();
        var tally = record["tally"]!;
        Assert.Equal(votes.Count(v => v == "yes"), (int)tally["yes"]!);
        Assert.Equal(votes.Count(v => v == "no"), (int)tally["no"]!);
        Assert.Equal(votes.Count(v => v == "abstain"), (int)tally["abstain"]!);
    }

    private static string? VoteOf(JsonNode record, string state) =>
        (string?)record["votes"]!.AsArray().Single(v => (string?)v!["state"] == state)!["vote"];

    private static async Task OpenVotesAsync(HttpClient http, string token, IEnumerable<string> meetings, CancellationToken cancellationToken)
    {
        var n = 0;
        foreach (var meeting in meetings)
        {
            var draft = string.Create(CultureInfo.InvariantCulture, $"A/ES-11/L.{++n}");
            await PostAsync(http, token, "/api/meetings", HttpStatusCode.Created, cancellationToken, new { id = meeting, body = "GA", date = "2022-03-02", session = "ES-11" });
            await PostAsync(http, token, "/api/drafts", HttpStatusCode.Created, cancellationToken, new { symbol = draft, body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } });
            await PostAsync(http, token, $"/api/meetings/{meeting}/votes", HttpStatusCode.OK, cancellationToken, new { on = draft, question = "important" });
        }
    }

    private static async Task<IEnumerable<string>> EligibleStatesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var members = await http.GetFromJsonAsync<JsonNode>("/api/states?body=GA&on=2022-03-02", cancellationToken);
        return members!["members"]!.AsArray().Where(m => m!["noVote"] is null).Select(m => (string)m!["code"]!).Order(StringComparer.Ordinal);
    }

    private static async Task<string> SignInAsync(HttpClient http, string username, CancellationToken cancellationToken)
    {
        // The accounts are laid down just after the log opens; a sign-in at the very start may come first.
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password = PlenaryApp.DemoPassword }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (string)(await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!["accessToken"]!;
            }

            Assert.True(attempt < 20, $"{username} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task PostAsync(HttpClient http, string token, string path, HttpStatusCode expected, CancellationToken cancellationToken, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add(VotesApi.IdempotencyKeyHeader, idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
    }

    private static async Task<JsonNode> RecordAsync(HttpClient http, string path, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<JsonNode>(path, cancellationToken))!;

    /// <summary>The server on <paramref name="file"/>, ready; every delegation of the load signs in from 127.0.0.1, so the per-address limit is raised (it is not under test here).</summary>
    private static async Task<ServerProcess> StartAsync(string file)
    {
        var server = ServerProcess.Start("server", new Dictionary<string, string>
        {
            ["ConnectionStrings:EventLog"] = $"Data Source={file}",
            ["EventLog:Provider"] = "sqlite",
            ["Demo:Seed"] = "false",
            ["Demo:Accounts"] = "true",
            ["Accounts:SignInPermitsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        try
        {
            await server.WaitForReadinessAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static bool Report(IEnumerable<ServerProcess> servers)
    {
        foreach (var server in servers)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(server.Output);
        }

        return false;
    }

    /// <summary>One delegation's vote in one meeting, as the client saw its answers.</summary>
    private sealed class Seat(string meeting, string state, string token, int index)
    {
        private int _sent;

        public string Meeting => meeting;

        public string State => state;

        public string Token { get; set; } = token;

        /// <summary>The choice of the last ballot answered 2xx.</summary>
        public string? Acknowledged { get; private set; }

        public ConcurrentBag<string> AcknowledgedKeys { get; } = [];

        /// <summary>The choice of a ballot sent and never answered (the server died): it may or may not have been recorded.</summary>
        public string? InFlight { get; private set; }

        public string? InFlightKey { get; private set; }

        public string? Unexpected { get; private set; }

        /// <summary>Casts the next choice; false once the server no longer answers.</summary>
        public async Task<bool> CastNextAsync(HttpClient http)
        {
            var choice = Choices[(index + _sent) % Choices.Length];
            var key = string.Create(CultureInfo.InvariantCulture, $"{state}-{_sent++}");
            InFlight = choice;
            InFlightKey = key;
            return await SendAsync(http, choice, key);
        }

        public Task<bool> RetryAsync(HttpClient http) => SendAsync(http, InFlight!, InFlightKey!);

        public override string ToString() => $"{state} in {meeting}";

        private async Task<bool> SendAsync(HttpClient http, string choice, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{meeting}/votes/current/ballots") { Content = JsonContent.Create(new { state, vote = choice }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            request.Headers.Add(VotesApi.IdempotencyKeyHeader, key);
            string text;
            HttpStatusCode status;
            try
            {
                using var response = await http.SendAsync(request, CancellationToken.None);
                status = response.StatusCode;
                text = await response.Content.ReadAsStringAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }

            if (status != HttpStatusCode.OK || (string?)JsonNode.Parse(text)?["vote"] != choice)
            {
                Unexpected = $"{key}: {(int)status} {text}";
                InFlight = null;
                return false;
            }

            Acknowledged = choice;
            AcknowledgedKeys.Add(key);
            InFlight = null;
            InFlightKey = null;
            return true;
        }
    }
}
