using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task An_acknowledged_vote_is_there_after_the_server_restarts_on_the_same_file()
    {
        var directory = Directory.CreateTempSubdirectory("plenary-server-tests-");
        try
        {
            var file = Path.Combine(directory.FullName, "plenary.db");
            await using (var first = new PlenaryApp(file))
            {
                await Expect(HttpStatusCode.Created, first.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
                await Expect(HttpStatusCode.Created, first.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
                await Expect(HttpStatusCode.OK, first.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));
                await Expect(HttpStatusCode.OK, first.BallotAsync("ga", "UKR", "yes", key: "k1"));
            }

            await using var second = new PlenaryApp(file);
            var (_, current) = await Expect(HttpStatusCode.OK, second.GetAsync("/api/meetings/ga/votes/current"));
            Assert.Equal("yes", (string?)current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == "UKR")!["vote"]);

            // The idempotency key survived too: the retry is answered, not counted again.
            var (retry, _) = await second.BallotAsync("ga", "UKR", "yes", key: "k1");
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
            var (_, after) = await second.GetAsync("/api/meetings/ga/votes/current");
            Assert.Equal(1, (int)after!["tally"]!["yes"]!);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
