using System.Net;
using System.Text;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests;

public sealed class ProblemTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_broken_rule_is_422_with_a_type_per_rule_and_the_rule_cited()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));

        var (response, body) = await _app.BallotAsync("ga", "VEN", "no");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://plenary.dev/problems/article-19", (string?)body!["type"]);
        Assert.Equal("Art. 19", (string?)body["rule"]);
        Assert.Equal(422, (int)body["status"]!);
    }

    [Fact]
    public async Task An_unknown_meeting_or_draft_is_404()
    {
        var (meeting, meetingBody) = await _app.GetAsync("/api/meetings/nowhere");
        var (command, commandBody) = await _app.PostAsync("/api/meetings/nowhere/adjourn");
        var (draft, draftBody) = await _app.GetAsync("/api/drafts/A%2F1%2FL.99");

        Assert.All([meeting, command, draft], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All([meetingBody, commandBody, draftBody], b => Assert.Equal("https://plenary.dev/problems/not-found", (string?)b!["type"]));
    }

    [Theory]
    [InlineData("{\"body\": \"GA\", ", "body")]
    [InlineData("{\"body\": 12}", "body")]
    [InlineData("{\"body\": \"XX\"}", "body")]
    [InlineData("{\"body\": \"GA\", \"date\": \"2022-13-45\"}", "date")]
    [InlineData("{\"body\": \"GA\", \"unknown\": 1}", "body")]
    public async Task Unreadable_input_is_400_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await (await _app.CreateClientAsync()).PostAsync("/api/meetings", content, TestContext.Current.CancellationToken);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/invalid-input", (string?)body!["type"]);
        Assert.NotNull(body["errors"]![field]);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_state_codes_and_missing_fields_are_400()
    {
        var (response, body) = await _app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.2", body = "GA", coSponsors = new[] { "UKR", "XYZ" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["coSponsors[1]"]);
        Assert.NotNull(body["errors"]!["title"]);
    }

    [Fact]
    public async Task A_ballot_without_an_idempotency_key_is_400()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));

        var (response, body) = await _app.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "UKR", vote = "yes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["Idempotency-Key"]);
    }

    [Fact]
    public async Task A_body_over_64_KB_is_413()
    {
        var (response, body) = await _app.PostAsync("/api/meetings/ga/agenda", new { title = new string('x', 70_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/request-too-large", (string?)body!["type"]);
    }
}
