using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Server.Hosting;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Reliability;

/// <summary>A ballot's Idempotency-Key is its vote's reference: the vote itself answers a retry, across a restart, and only a ballot that casts no vote needs a record of its own.</summary>
public sealed class BallotReferenceTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("plenary-reference-tests-");

    private string File => Path.Combine(_directory.FullName, "plenary.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static async Task OpenVoteAsync(PlenaryApp app)
    {
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));
    }

    private static async Task<IReadOnlyList<RecordedEvent>> LogAsync(PlenaryApp app) =>
        await app.Services.GetRequiredService<Chamber>().Secretariat.Log.ReadAllAsync(1, 10_000, TestContext.Current.CancellationToken);

    private static async Task<string?> VoteOfAsync(PlenaryApp app, string state)
    {
        var (_, current) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/ga/votes/current"));
        return (string?)current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == state)!["vote"];
    }

    [Fact]
    public async Task A_retry_after_the_State_changed_its_vote_gets_the_first_answer_from_the_vote_itself_even_after_a_restart()
    {
        long firstVersion;
        await using (var first = new PlenaryApp(File))
        {
            await OpenVoteAsync(first);
            var (_, answer) = await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "UKR", "yes", key: "ukr-1"));
            firstVersion = (long)answer!["version"]!;
            await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "UKR", "no", key: "ukr-2"));

            var log = await LogAsync(first);
            Assert.Equal(["ukr-1", "ukr-2"], log.Select(e => e.Event).OfType<VoteCast>().Select(v => v.Reference));
            Assert.DoesNotContain(log, e => e.Event is BallotAcknowledged);
        }

        await using var second = new PlenaryApp(File);
        var (_, retry) = await Expect(HttpStatusCode.OK, second.BallotAsync("ga", "UKR", "yes", key: "ukr-1"));
        Assert.Equal("yes", (string?)retry!["vote"]);
        Assert.Equal(firstVersion, (long)retry["version"]!);
        Assert.Equal("no", await VoteOfAsync(second, "UKR"));

        // The key stays bound to the ballot it came with.
        var (reused, problem) = await second.BallotAsync("ga", "UKR", "abstain", key: "ukr-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.EndsWith("idempotency-key-reused", (string?)problem!["type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ballot_that_changes_nothing_is_acknowledged_in_its_own_stream_and_its_retry_never_counts_again()
    {
        await using (var first = new PlenaryApp(File))
        {
            await OpenVoteAsync(first);
            await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "FRA", "yes", key: "fra-1"));
            await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "FRA", "yes", key: "fra-2"));
            await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "FRA", "no", key: "fra-3"));

            var log = await LogAsync(first);
            Assert.Equal(["fra-1", "fra-3"], log.Select(e => e.Event).OfType<VoteCast>().Select(v => v.Reference));
            var acknowledged = Assert.Single(log, e => e.Event is BallotAcknowledged);
            Assert.Equal(BallotAcknowledged.Stream("ga", "fra-2"), acknowledged.Stream);
        }

        await using var second = new PlenaryApp(File);
        var (_, retry) = await Expect(HttpStatusCode.OK, second.BallotAsync("ga", "FRA", "yes", key: "fra-2"));
        Assert.Equal("yes", (string?)retry!["vote"]);
        Assert.Equal("no", await VoteOfAsync(second, "FRA"));
        Assert.Equal(3, (await LogAsync(second)).Count(e => e.Event is VoteCast or BallotAcknowledged));
    }
}
