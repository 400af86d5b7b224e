using System.Net;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Server.Tests;

public sealed class Es11StoryTests
{
    private static readonly string[] CouncilYes = ["ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA"];
    private static readonly string[] CouncilAbstain = ["CHN", "IND", "ARE"];

    [Fact]
    public async Task The_2022_story_over_HTTP_ends_in_resolution_ES_11_1_adopted_141_to_5_with_35_abstentions()
    {
        await using var app = new PlenaryApp();

        // 25 February: S/2022/155 vetoed.
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "sc-8979", body = "SC", date = "2022-02-25", symbol = "S/PV.8979" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "S/2022/155", body = "SC", date = "2022-02-25", title = "Deploring the aggression", sponsors = new[] { "ALB", "USA" } }));
        await CouncilVoteAsync(app, "sc-8979", "S/2022/155", "substantive");
        var (_, announced) = await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/sc-8979/votes/current/announce"));
        Assert.Equal(["draft-S/2022/155", "meeting-sc-8979"], announced!["events"]!.AsArray().Select(e => (string)e!["stream"]!).Distinct().Order(StringComparer.Ordinal));
        var (_, vetoed) = await app.GetAsync("/api/meetings/sc-8979/votes/1");
        Assert.Equal("vetoed", (string?)vetoed!["decision"]!["outcome"]);
        Assert.Equal("RUS", (string?)vetoed["decision"]!["vetoedBy"]![0]);
        Assert.Equal("vetoed", (string?)(await app.GetAsync("/api/drafts/S%2F2022%2F155")).Body!["status"]);
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/sc-8979/adjourn"));

        // 27 February: resolution 2623 (2022), procedural.
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "sc-8980", body = "SC", date = "2022-02-27", symbol = "S/PV.8980" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "S/2022/160", body = "SC", date = "2022-02-27", title = "Calling an emergency special session", sponsors = new[] { "ALB", "USA" } }));
        await CouncilVoteAsync(app, "sc-8980", "S/2022/160", "procedural");
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/sc-8980/votes/current/announce"));
        var (_, draft160) = await app.GetAsync("/api/drafts/S%2F2022%2F160");
        Assert.Equal("adopted", (string?)draft160!["status"]);
        Assert.Equal("S/RES/2623 (2022)", (string?)draft160["resolution"]);

        // 28 February: the emergency special session.
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/bodies/GA/emergency-session-requests", new { resolution = "S/RES/2623 (2022)", date = "2022-02-27" }));
        var (_, opened) = await Expect(HttpStatusCode.OK, app.PostAsync("/api/bodies/GA/sessions", new { kind = "emergency-special", number = 11, date = "2022-02-28" }));
        Assert.Equal("ES-11", (string?)opened!["events"]![0]!["data"]!["session"]);
        Assert.Equal("S/RES/2623 (2022)", (string?)opened["events"]![0]!["data"]!["convenedBy"]);

        // 2 March: A/ES-11/L.1.
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "ga-es11-5", body = "GA", date = "2022-03-02", symbol = "A/ES-11/PV.5", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR", "ALB" } }));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga-es11-5/votes", new { on = "A/ES-11/L.1", question = "important" }));
        foreach (var (state, vote) in Es11Votes())
        {
            await Expect(HttpStatusCode.OK, app.BallotAsync("ga-es11-5", state, vote));
        }

        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga-es11-5/votes/current/close"));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/ga-es11-5/votes/current/announce"));
        var (_, question) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/ga-es11-5/votes/1"));
        Assert.Equal("adopted", (string?)question!["decision"]!["outcome"]);
        Assert.Equal([141, 5, 35], new[] { "yes", "no", "abstain" }.Select(k => (int)question["tally"]![k]!));
        Assert.Equal("A/RES/ES-11/1", (string?)question["resolution"]);
        Assert.Equal(193, question["votes"]!.AsArray().Count);

        var (_, record) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/ga-es11-5/record"));
        Assert.Equal("A/RES/ES-11/1", (string?)record!["decisions"]![0]!["resolution"]);
    }

    [Fact]
    public async Task A_new_server_imports_the_story_as_history_and_opens_a_sandbox_meeting()
    {
        await using var app = new PlenaryApp(seed: true);

        var (_, draft) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/drafts/A%2FES-11%2FL.1"));
        Assert.Equal("A/RES/ES-11/1", (string?)draft!["resolution"]);
        var (_, sandbox) = await Expect(HttpStatusCode.OK, app.GetAsync("/api/meetings/sandbox"));
        Assert.Equal("GA", (string?)sandbox!["body"]);
        Assert.False((bool)sandbox["adjourned"]!);
    }

    internal static async Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode? Body)> Expect(
        HttpStatusCode status,
        Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode? Body)> call)
    {
        var result = await call;
        Assert.True(result.Response.StatusCode == status, $"{result.Response.RequestMessage?.RequestUri}: {(int)result.Response.StatusCode} {result.Body?.ToJsonString()}");
        return result;
    }

    internal static async Task CouncilVoteAsync(PlenaryApp app, string meeting, string draft, string question)
    {
        await Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{meeting}/votes", new { on = draft, question, method = "recorded" }));
        foreach (var state in CouncilYes)
        {
            await Expect(HttpStatusCode.OK, app.BallotAsync(meeting, state, "yes"));
        }

        await Expect(HttpStatusCode.OK, app.BallotAsync(meeting, "RUS", "no"));
        foreach (var state in CouncilAbstain)
        {
            await Expect(HttpStatusCode.OK, app.BallotAsync(meeting, state, "abstain"));
        }

        await Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{meeting}/votes/current/close"));
    }

    /// <summary>Each State's vote on resolution ES-11/1 from the data (Y, N, A; non-voting left out).</summary>
    private static IEnumerable<(string State, string Vote)> Es11Votes() =>
        File.ReadLines(Path.Combine(ReferenceDataLoader.LocateDataDirectory(), "es-11", "votes.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == "A/RES/ES-11/1" && f[2] is "Y" or "N" or "A")
            .Select(f => (f[1], f[2] switch { "Y" => "yes", "N" => "no", _ => "abstain" }));
}
