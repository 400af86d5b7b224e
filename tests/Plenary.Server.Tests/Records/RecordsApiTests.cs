using System.Net;
using System.Text.Json.Nodes;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Records;

/// <summary>The read endpoints over the projections: decisions across meetings, and how a State voted.</summary>
public sealed class RecordsApiTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new(seed: true);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_imported_history_lists_the_three_decisions_of_2022_in_the_order_taken()
    {
        var (_, page) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/decisions"));

        var items = page!["items"]!.AsArray();
        Assert.Equal(["S/2022/155", "S/2022/160", "A/ES-11/L.1"], items.Select(d => (string?)d!["on"]));
        Assert.Null(page["next"]);
        var es11 = items[2]!;
        Assert.Equal(("GA", "2022-03-02", "important", "recorded", "adopted"), (S(es11, "body"), S(es11, "date"), S(es11, "kind"), S(es11, "method"), S(es11, "outcome")));
        Assert.Equal((141, 5, 35, 12, 98), (I(es11, "yes"), I(es11, "no"), I(es11, "abstain"), I(es11, "nonVoting"), I(es11, "required")));
        Assert.Equal(("two-thirds", "A/RES/ES-11/1", "A/ES-11/PV.5"), (S(es11, "majority"), S(es11, "resolution"), S(es11, "meetingSymbol")));
        Assert.Equal(["RUS"], items[0]!["vetoedBy"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("S/RES/2623 (2022)", S(items[1]!, "resolution"));
    }

    [Fact]
    public async Task Decisions_filter_by_body_and_by_meeting_dates_inclusive()
    {
        var (_, council) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/decisions?body=SC"));
        var (_, march) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/decisions?from=2022-02-27&to=2022-03-02"));
        var (_, none) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/decisions?body=GA&to=2022-03-01"));

        Assert.Equal(["S/2022/155", "S/2022/160"], council!["items"]!.AsArray().Select(d => (string?)d!["on"]));
        Assert.Equal(["S/2022/160", "A/ES-11/L.1"], march!["items"]!.AsArray().Select(d => (string?)d!["on"]));
        Assert.Empty(none!["items"]!.AsArray());
    }

    [Fact]
    public async Task Pages_follow_the_next_link_without_repeating_or_skipping()
    {
        var seen = new List<string?>();
        string? next = "/api/decisions?limit=2";
        while (next is not null)
        {
            var (_, page) = await Expect(HttpStatusCode.OK, _app.GetAsync(next));
            seen.AddRange(page!["items"]!.AsArray().Select(d => (string?)d!["on"]));
            next = (string?)page["next"];
        }

        Assert.Equal(["S/2022/155", "S/2022/160", "A/ES-11/L.1"], seen);
    }

    [Fact]
    public async Task How_Ukraine_and_the_Russian_Federation_voted()
    {
        var (_, ukraine) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/states/UKR/votes"));
        var (_, russia) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/states/rus/votes"));

        Assert.Equal("UKR", S(ukraine!, "state"));
        var vote = Assert.Single(ukraine!["items"]!.AsArray())!;
        Assert.Equal(("A/ES-11/L.1", "yes", "adopted", "A/RES/ES-11/1"), (S(vote, "on"), S(vote, "vote"), S(vote, "outcome"), S(vote, "resolution")));
        Assert.Equal(
            [("S/2022/155", "no"), ("S/2022/160", "no"), ("A/ES-11/L.1", "no")],
            russia!["items"]!.AsArray().Select(v => (S(v!, "on"), S(v!, "vote"))));
    }

    [Fact]
    public async Task A_result_just_announced_is_in_the_records_at_once()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "sc-9000", body = "SC", date = "2022-03-10", symbol = "S/PV.9000" }));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/drafts", new { symbol = "S/2022/999", body = "SC", date = "2022-03-10", title = "A further draft", sponsors = new[] { "ALB", "USA" } }));
        await CouncilVoteAsync(_app, "sc-9000", "S/2022/999", "substantive");
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/sc-9000/votes/current/announce"));

        var (_, decisions) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/decisions?body=SC&from=2022-03-10"));
        var (_, russia) = await Expect(HttpStatusCode.OK, _app.GetAsync("/api/states/RUS/votes?after=0&limit=10"));

        var decision = Assert.Single(decisions!["items"]!.AsArray())!;
        Assert.Equal(("sc-9000", "S/PV.9000", "vetoed"), (S(decision, "meeting"), S(decision, "meetingSymbol"), S(decision, "outcome")));
        Assert.Equal(("S/2022/999", "no"), (S(russia!["items"]!.AsArray()[^1]!, "on"), S(russia["items"]!.AsArray()[^1]!, "vote")));
    }

    [Theory]
    [InlineData("/api/decisions?body=XX", "body")]
    [InlineData("/api/decisions?from=2022-13-01", "from")]
    [InlineData("/api/decisions?to=yesterday", "to")]
    [InlineData("/api/decisions?from=2022-03-02&to=2022-03-01", "to")]
    [InlineData("/api/decisions?limit=0", "limit")]
    [InlineData("/api/decisions?limit=1001", "limit")]
    [InlineData("/api/decisions?after=-1", "after")]
    [InlineData("/api/decisions?after=x%27%20OR%201%3D1", "after")]
    [InlineData("/api/states/U%21K/votes", "code")]
    [InlineData("/api/states/UKR/votes?limit=ten", "limit")]
    public async Task A_bad_parameter_is_400_problem_details_naming_it(string path, string field)
    {
        var (response, body) = await _app.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://plenary.dev/problems/invalid-input", S(body!, "type"));
        Assert.NotNull(body!["errors"]![field]);
    }

    [Fact]
    public async Task A_State_code_no_State_has_is_404()
    {
        var (response, body) = await _app.GetAsync("/api/states/ZZZ/votes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/not-found", S(body!, "type"));
    }

    private static string? S(JsonNode node, string field) => (string?)node[field];

    private static int I(JsonNode node, string field) => (int)node[field]!;
}
