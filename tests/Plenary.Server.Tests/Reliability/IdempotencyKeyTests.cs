using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Reliability;

/// <summary>An Idempotency-Key answers only the ballot it was sent with: a retry is answered, another meeting's ballot is counted there.</summary>
public sealed class IdempotencyKeyTests
{
    [Fact]
    public async Task A_key_used_in_one_meeting_never_answers_a_ballot_in_another_without_counting_it()
    {
        await using var app = new PlenaryApp();
        foreach (var (meeting, draft) in new[] { ("x", "A/ES-11/L.1"), ("x-y", "A/ES-11/L.2") })
        {
            await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = meeting, body = "GA", date = "2022-03-02", session = "ES-11" }));
            await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = draft, body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
            await Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{meeting}/votes", new { on = draft, question = "important" }));
        }

        // "x" + "y-k" and "x-y" + "k" would read the same joined with '-': each ballot must count in its own meeting.
        await Expect(HttpStatusCode.OK, app.BallotAsync("x", "UKR", "yes", key: "y-k"));
        await Expect(HttpStatusCode.OK, app.BallotAsync("x-y", "UKR", "no", key: "k"));

        foreach (var (meeting, vote) in new[] { ("x", "yes"), ("x-y", "no") })
        {
            var (_, record) = await Expect(HttpStatusCode.OK, app.GetAsync($"/api/meetings/{meeting}/votes/current"));
            Assert.Equal(vote, (string?)record!["votes"]!.AsArray().Single(v => (string?)v!["state"] == "UKR")!["vote"]);
        }
    }
}
