using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Reliability;

/// <summary>An Idempotency-Key answers only the ballot it was sent with: a retry is answered, never another meeting's ballot.</summary>
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

        // "x" + "y-k" and "x-y" + "k" read the same once joined with '-'.
        await Expect(HttpStatusCode.OK, app.BallotAsync("x", "UKR", "yes", key: "y-k"));
        var (response, body) = await app.BallotAsync("x-y", "UKR", "yes", key: "k");

        var (_, record) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/x-y/votes/current"));
        var counted = (string?)record!["votes"]!.AsArray().Single(v => (string?)v!["state"] == "UKR")!["vote"];
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal("yes", counted);
        }
        else
        {
            LockRaceTests.AssertProblem(response, body, HttpStatusCode.UnprocessableEntity);
            Assert.Null(counted);
        }
    }
}
