using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Accounts;

/// <summary>Who may do what: the public reads only; delegations act for their own State; chairs run their own body.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }, user: "president-ga"));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/drafts", new { symbol = "A/ES-11/L.1", body = "GA", session = "ES-11", date = "2022-03-01", title = "Aggression against Ukraine", coSponsors = new[] { "UKR" } }, user: "delegation-ukr"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("/api/meetings")]
    [InlineData("/api/meetings/ga/agenda")]
    [InlineData("/api/meetings/ga/votes")]
    [InlineData("/api/meetings/ga/votes/current/ballots")]
    [InlineData("/api/drafts/A%2FES-11%2FL.1/sponsors/join")]
    [InlineData("/api/bodies/GA/sessions")]
    [InlineData("/api/accounts/delegations")]
    [InlineData("/api/accounts")]
    [InlineData("/api/accounts/delegation-ukr/disable")]
    [InlineData("/api/accounts/delegation-ukr/access-code")]
    [InlineData("/api/auth/password")]
    [InlineData("/api/auth/sign-out")]
    public async Task The_public_cannot_write_anything(string path)
    {
        var (response, body) = await _app.PostAsync(path, new { }, user: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/unauthenticated", (string?)body!["type"]);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_public_reads_without_signing_in()
    {
        var (response, _) = await _app.GetAsync("/api/meetings/ga");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_delegation_votes_only_for_its_own_State()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }, user: "president-ga"));

        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes", user: "delegation-ukr"));
        var (response, body) = await _app.BallotAsync("ga", "RUS", "yes", user: "delegation-ukr");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/forbidden", (string?)body!["type"]);
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal(1, (int)current!["tally"]!["yes"]!);
    }

    [Fact]
    public async Task An_observer_delegation_is_refused_a_vote_with_403()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }, user: "president-ga"));

        var (response, _) = await _app.BallotAsync("ga", "PSE", "yes", user: "delegation-pse");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_observer_delegation_inscribes_itself()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/speakers", new { state = "PSE" }, user: "delegation-pse"));
    }

    [Fact]
    public async Task A_delegation_inscribes_and_sponsors_only_for_its_own_State()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/speakers", new { state = "UKR" }, user: "delegation-ukr"));
        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/meetings/ga/speakers", new { state = "POL" }, user: "delegation-ukr"));
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/drafts/A%2FES-11%2FL.1/sponsors/join", new { state = "POL", date = "2022-03-01" }, user: "delegation-pol"));
        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/drafts/A%2FES-11%2FL.1/sponsors/join", new { state = "FRA", date = "2022-03-01" }, user: "delegation-pol"));
    }

    [Theory]
    [InlineData("delegation-ukr")]
    [InlineData("president-sc")]
    public async Task Only_the_chair_of_the_body_or_the_Secretariat_opens_a_vote(string user)
    {
        var (response, body) = await _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }, user: user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/forbidden", (string?)body!["type"]);
    }

    [Fact]
    public async Task Only_the_chair_or_the_Secretariat_closes_and_announces()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }, user: "secretariat"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes", user: "delegation-ukr"));

        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/meetings/ga/votes/current/close", user: "delegation-ukr"));
        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/meetings/ga/votes/current/close", user: "president-sc"));
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes/current/close", user: "president-ga"));
        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/meetings/ga/votes/current/announce", user: "delegation-ukr"));

        // The chair passes; the rules then want a quorum, so the 422 comes through.
        await Expect(HttpStatusCode.UnprocessableEntity, _app.PostAsync("/api/meetings/ga/votes/current/announce", user: "president-ga"));
    }

    [Fact]
    public async Task The_chair_of_the_Council_cannot_open_an_Assembly_meeting_but_can_open_its_own()
    {
        await Expect(HttpStatusCode.Forbidden, _app.PostAsync("/api/meetings", new { body = "GA", date = "2022-03-03", session = "ES-11" }, user: "president-sc"));
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { body = "SC", date = "2022-02-25" }, user: "president-sc"));
    }

    [Theory]
    [InlineData("/api/accounts")]
    [InlineData("/api/accounts/delegation-ukr")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/auth/antiforgery")]
    public async Task The_public_cannot_read_accounts(string path)
    {
        var (response, body) = await _app.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/unauthenticated", (string?)body!["type"]);
    }

    [Theory]
    [InlineData("president-ga", "/api/accounts")]
    [InlineData("delegation-ukr", "/api/accounts")]
    [InlineData("delegation-pse", "/api/accounts")]
    [InlineData("president-ga", "/api/accounts/delegation-ukr/disable")]
    [InlineData("delegation-ukr", "/api/accounts/delegation-rus/disable")]
    [InlineData("delegation-ukr", "/api/accounts/delegation-ukr/enable")]
    [InlineData("delegation-ukr", "/api/accounts/delegation-ukr/unlock")]
    [InlineData("president-sc", "/api/accounts/delegation-ukr/access-code")]
    [InlineData("delegation-pse", "/api/accounts/delegation-pse/access-code")]
    public async Task Only_the_Secretariat_manages_accounts(string user, string path)
    {
        var (response, body) = await _app.PostAsync(path, new { username = "someone", role = "secretariat", password = "Long-enough-password" }, user: user);
        using var client = await _app.CreateClientAsync(user);
        var read = await client.GetAsync("/api/accounts/delegation-ukr", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/forbidden", (string?)body!["type"]);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(["account-created"], await AccountLog.NamesAsync(_app, "delegation-ukr"));
    }

    [Fact]
    public async Task Signed_in_by_the_cookie_a_delegation_votes_for_its_own_State_only_and_only_with_the_antiforgery_token()
    {
        using var chair = await Browser.SignInAsync(_app, "president-ga");
        using var ukraine = await Browser.SignInAsync(_app, "delegation-ukr");
        using var observer = await Browser.SignInAsync(_app, "delegation-pse");
        await Expect(HttpStatusCode.OK, chair.PostAsync("/api/meetings/ga/votes", new { on = "A/ES-11/L.1", question = "important" }));

        var withoutToken = await ukraine.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "UKR", vote = "yes" }, withToken: false, headers: Key("a"));
        var forAnother = await ukraine.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "RUS", vote = "yes" }, headers: Key("b"));
        var byObserver = await observer.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "PSE", vote = "yes" }, headers: Key("c"));
        var own = await ukraine.PostAsync("/api/meetings/ga/votes/current/ballots", new { state = "UKR", vote = "yes" }, headers: Key("d"));
        var lockByDelegation = await ukraine.PostAsync("/api/meetings/ga/votes/current/close");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.Response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/antiforgery-token-invalid", (string?)withoutToken.Body!["type"]);
        Assert.Equal(HttpStatusCode.Forbidden, forAnother.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byObserver.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lockByDelegation.Response.StatusCode);
        await Expect(HttpStatusCode.OK, chair.PostAsync("/api/meetings/ga/votes/current/close"));
        var (_, current) = await _app.GetAsync("/api/meetings/ga/votes/current");
        Assert.Equal(1, (int)current!["tally"]!["yes"]!);
    }

    [Fact]
    public async Task Signed_in_by_the_cookie_the_Secretariat_manages_accounts_with_the_antiforgery_token()
    {
        using var secretariat = await Browser.SignInAsync(_app, "secretariat");

        var (refused, _) = await secretariat.PostAsync("/api/accounts/delegation-rus/disable", withToken: false);
        var (disabled, body) = await secretariat.PostAsync("/api/accounts/delegation-rus/disable");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((bool)body!["disabled"]!);
    }

    private static Action<HttpRequestMessage> Key(string key) => r => r.Headers.Add("Idempotency-Key", key);
}
