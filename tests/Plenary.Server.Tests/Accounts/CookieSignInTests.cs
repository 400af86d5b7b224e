using System.Net;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Accounts;

/// <summary>The browser's way in: a session cookie, and an antiforgery token on every write the cookie signs in.</summary>
public sealed class CookieSignInTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_SameSite_Lax_cookie_and_who_am_I_names_the_account()
    {
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr");

        var cookie = browser.SignInResponse!.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Plenary.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var (response, body) = await browser.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("delegation-ukr", (string?)body!["account"]!["username"]);
        Assert.Equal("UKR", (string?)body["account"]!["state"]);
        Assert.Equal("cookie", (string?)body["signedInWith"]);
    }

    [Fact]
    public async Task Over_HTTPS_the_cookie_is_Secure()
    {
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr", baseAddress: "https://localhost");

        var cookie = browser.SignInResponse!.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Plenary.Session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_sets_no_cookie()
    {
        using var browser = Browser.Open(_app);

        var (response, body) = await browser.PostAsync("/api/auth/sign-in", new { username = "delegation-ukr", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/sign-in-failed", (string?)body!["type"]);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("Plenary.Session=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).Response.StatusCode);
    }

    [Fact]
    public async Task A_write_signed_in_by_the_cookie_needs_the_antiforgery_token_and_without_it_nothing_is_written()
    {
        using var browser = await Browser.SignInAsync(_app, "president-ga");

        var (refused, problem) = await browser.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("https://plenary.dev/problems/antiforgery-token-invalid", (string?)problem!["type"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.GetAsync("/api/meetings/ga")).Response.StatusCode);
        await Expect(HttpStatusCode.Created, browser.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
    }

    [Fact]
    public async Task A_made_up_or_another_accounts_antiforgery_token_is_refused()
    {
        using var president = await Browser.SignInAsync(_app, "president-ga");
        using var other = await Browser.SignInAsync(_app, "secretariat");

        var (forged, body) = await president.PostAsync("/api/meetings", new { body = "GA" }, headers: r => r.Headers.Add(Browser.AntiforgeryHeader, "forged"));
        president.Antiforgery = other.Antiforgery;
        var (stolen, _) = await president.PostAsync("/api/meetings", new { body = "GA" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("https://plenary.dev/problems/antiforgery-token-invalid", (string?)body!["type"]);
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
    }

    [Fact]
    public async Task A_page_that_lost_its_token_gets_a_fresh_one()
    {
        using var browser = await Browser.SignInAsync(_app, "president-ga");
        browser.Antiforgery = null;

        var (response, body) = await browser.GetAsync("/api/auth/antiforgery");
        browser.Antiforgery = (string)body!["token"]!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Browser.AntiforgeryHeader, (string?)body["headerName"]);
        await Expect(HttpStatusCode.Created, browser.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }));
    }

    [Fact]
    public async Task A_bearer_token_needs_no_antiforgery_token_even_with_a_session_cookie_in_the_jar()
    {
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr");
        var token = await _app.TokenAsync("president-ga");

        var (response, _) = await browser.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }, withToken: false, headers: r => r.Headers.Authorization = new("Bearer", token));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (_, me) = await browser.GetAsync("/api/auth/me");
        Assert.Equal("delegation-ukr", (string?)me!["account"]!["username"]);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr");

        var (response, _) = await browser.PostAsync("/api/auth/sign-out");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (me, body) = await browser.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("https://plenary.dev/problems/unauthenticated", (string?)body!["type"]);
    }

    [Fact]
    public async Task Signing_out_by_the_cookie_needs_the_antiforgery_token_too()
    {
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr");

        var (response, _) = await browser.PostAsync("/api/auth/sign-out", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).Response.StatusCode);
    }

    [Fact]
    public async Task Who_am_I_answers_for_a_bearer_token_too_and_without_one_is_a_401_problem()
    {
        using var client = await _app.CreateClientAsync("president-sc");

        var response = await client.GetAsync("/api/auth/me", TestContext.Current.CancellationToken);
        var body = await Browser.ReadAsync(response);
        var (anonymous, problem) = await _app.GetAsync("/api/auth/me");

        Assert.Equal("president-sc", (string?)body!["account"]!["username"]);
        Assert.Equal("SC", (string?)body["account"]!["body"]);
        Assert.Equal("bearer", (string?)body["signedInWith"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("https://plenary.dev/problems/unauthenticated", (string?)problem!["type"]);
    }
}
