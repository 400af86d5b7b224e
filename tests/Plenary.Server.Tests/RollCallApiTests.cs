using System.Net;

namespace Plenary.Server.Tests;

/// <summary>In a roll-call each Member answers aloud when called and the chair records the answer; in a recorded vote only the delegation (or the Secretariat) casts it.</summary>
public sealed class RollCallApiTests
{
    [Fact]
    public async Task The_President_records_a_roll_call_answer_but_not_a_vote_in_a_recorded_vote()
    {
        await using var app = new PlenaryApp();
        (await app.PostAsync("/api/meetings", new { body = "GA", date = "2022-03-02", id = "roll" })).Response.EnsureSuccessStatusCode();
        (await app.PostAsync("/api/meetings/roll/votes", new { on = "motion to adjourn the debate", question = "other", method = "roll-call" })).Response.EnsureSuccessStatusCode();

        var (answered, _) = await app.BallotAsync("roll", "UKR", "yes", user: "president-ga");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var (otherChair, _) = await app.BallotAsync("roll", "FRA", "yes", user: "president-sc");
        Assert.Equal(HttpStatusCode.Forbidden, otherChair.StatusCode);

        (await app.PostAsync("/api/meetings", new { body = "GA", date = "2022-03-02", id = "recorded" })).Response.EnsureSuccessStatusCode();
        (await app.PostAsync("/api/meetings/recorded/votes", new { on = "motion to close the debate", question = "other", method = "recorded" })).Response.EnsureSuccessStatusCode();
        var (recorded, _) = await app.BallotAsync("recorded", "UKR", "no", user: "president-ga");
        Assert.Equal(HttpStatusCode.Forbidden, recorded.StatusCode);
    }
}
