using System.Net;
using System.Net.Http.Headers;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Accounts;

/// <summary>The Secretariat creates, disables, enables and resets accounts; holders redeem access codes and change their own passwords; every change is an event in the log.</summary>
public sealed class AccountManagementTests : IAsyncLifetime
{
    private const string GoodPassword = "Kyiv-Assembly-2022";
    private readonly PlenaryApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_account_created_without_a_password_gets_an_access_code_that_is_redeemed_once_for_a_password()
    {
        var (created, body) = await Expect(HttpStatusCode.Created, _app.PostAsync("/api/accounts", new { username = "ukr-lead", role = "delegation", state = "UKR", name = "Sergiy Kyslytsya" }));
        var code = (string)body!["accessCode"]!;

        Assert.Equal("/api/accounts/ukr-lead", created.Headers.Location?.OriginalString);
        Assert.True((bool)body["account"]!["accessCodePending"]!);
        Assert.Equal("https://plenary.dev/problems/sign-in-failed", (string?)(await _app.SignInAsync("ukr-lead", code)).Body!["type"]);

        await Expect(HttpStatusCode.NoContent, _app.PostAsync("/api/auth/redeem", new { username = "ukr-lead", accessCode = code, newPassword = GoodPassword }, user: null));

        Assert.Equal(HttpStatusCode.OK, (await _app.SignInAsync("ukr-lead", GoodPassword)).Response.StatusCode);
        var (again, problem) = await _app.PostAsync("/api/auth/redeem", new { username = "ukr-lead", accessCode = code, newPassword = "Another-password-1" }, user: null);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("https://plenary.dev/problems/sign-in-failed", (string?)problem!["type"]);
        Assert.Equal(["account-created", "access-code-issued", "access-code-redeemed"], await AccountLog.NamesAsync(_app, "ukr-lead"));
    }

    [Fact]
    public async Task An_account_created_with_a_password_signs_in_at_once_in_its_role()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/accounts", new { username = "vice-president-ga", role = "president", body = "GA", password = GoodPassword }));

        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _app.TokenAsync("vice-president-ga", GoodPassword));
        var response = await client.GetAsync("/api/accounts/vice-president-ga", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "ga", body = "GA", date = "2022-03-02", session = "ES-11" }, user: null, headers: r => r.Headers.Authorization = client.DefaultRequestHeaders.Authorization));
    }

    [Fact]
    public async Task Bad_fields_are_a_400_naming_each_and_nothing_is_created()
    {
        var (response, body) = await _app.PostAsync("/api/accounts", new { username = "X", role = "delegation", state = "PSE", body = "GA", email = "nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/invalid-input", (string?)body!["type"]);
        Assert.Equal(["body", "email", "state", "username"], body["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        var (noRole, roleProblem) = await _app.PostAsync("/api/accounts", new { username = "someone", role = "king" });
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.NotNull(roleProblem!["errors"]!["role"]);
        Assert.Empty(await AccountLog.NamesAsync(_app, "X"));
    }

    [Fact]
    public async Task A_taken_username_is_a_400()
    {
        var (response, body) = await _app.PostAsync("/api/accounts", new { username = "delegation-ukr", role = "delegation", state = "UKR" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["username"]);
    }

    [Theory]
    [InlineData("short1")]
    [InlineData("aaaaaaaaaaaaaa")]
    [InlineData("my-ukr-lead-password")]
    [InlineData("plenary-demo")]
    public async Task A_password_that_breaks_the_rules_is_a_422_saying_which(string password)
    {
        var (response, body) = await _app.PostAsync("/api/accounts", new { username = "ukr-lead", role = "delegation", state = "UKR", password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/password-rules-not-met", (string?)body!["type"]);
        Assert.NotEmpty(body["errors"]!["password"]!.AsArray());
        Assert.Empty(await AccountLog.NamesAsync(_app, "ukr-lead"));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_tokens_and_cookie_stop_working_at_once()
    {
        var token = await _app.TokenAsync("delegation-ukr");
        using var browser = await Browser.SignInAsync(_app, "delegation-ukr");

        // Used once before, so the server has the decrypted token in its cache.
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/api/auth/me", r => r.Headers.Authorization = new("Bearer", token))).Response.StatusCode);
        var (_, disabled) = await Expect(HttpStatusCode.OK, _app.PostAsync("/api/accounts/delegation-ukr/disable"));

        Assert.True((bool)disabled!["disabled"]!);
        var (signIn, problem) = await _app.SignInAsync("delegation-ukr", PlenaryApp.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Equal("https://plenary.dev/problems/account-disabled", (string?)problem!["type"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.PostAsync("/api/meetings", new { body = "GA" }, user: null, headers: r => r.Headers.Authorization = new("Bearer", token))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).Response.StatusCode);

        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/accounts/delegation-ukr/enable"));

        Assert.Equal(HttpStatusCode.OK, (await _app.SignInAsync("delegation-ukr", PlenaryApp.DemoPassword)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.PostAsync("/api/meetings", new { body = "GA" }, user: null, headers: r => r.Headers.Authorization = new("Bearer", token))).Response.StatusCode);
        Assert.Equal(["account-created", "account-disabled", "account-enabled"], await AccountLog.NamesAsync(_app, "delegation-ukr"));
    }

    [Fact]
    public async Task Disabling_twice_records_once_and_the_Secretariat_cannot_disable_itself()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/accounts/delegation-fra/disable"));
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/accounts/delegation-fra/disable"));
        await Expect(HttpStatusCode.BadRequest, _app.PostAsync("/api/accounts/secretariat/disable"));

        Assert.Equal(["account-created", "account-disabled"], await AccountLog.NamesAsync(_app, "delegation-fra"));
        Assert.Equal(["account-created"], await AccountLog.NamesAsync(_app, "secretariat"));
    }

    [Fact]
    public async Task An_unknown_account_is_a_404()
    {
        var (response, body) = await _app.PostAsync("/api/accounts/nobody/disable");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/not-found", (string?)body!["type"]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.CreateClientAsync()).GetAsync("/api/accounts/nobody", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Resetting_a_password_voids_the_old_one_and_the_new_access_code_sets_another()
    {
        var token = await _app.TokenAsync("delegation-deu");

        var (_, reset) = await Expect(HttpStatusCode.OK, _app.PostAsync("/api/accounts/delegation-deu/access-code"));
        var code = (string)reset!["accessCode"]!;

        Assert.True((bool)reset["account"]!["accessCodePending"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.SignInAsync("delegation-deu", PlenaryApp.DemoPassword)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.PostAsync("/api/meetings/ga/speakers", new { state = "DEU" }, user: null, headers: r => r.Headers.Authorization = new("Bearer", token))).Response.StatusCode);
        await Expect(HttpStatusCode.NoContent, _app.PostAsync("/api/auth/redeem", new { username = "delegation-deu", accessCode = code, newPassword = GoodPassword }, user: null));
        Assert.Equal(HttpStatusCode.OK, (await _app.SignInAsync("delegation-deu", GoodPassword)).Response.StatusCode);
    }

    [Fact]
    public async Task Redeeming_checks_the_password_rules_before_the_code_and_keeps_the_code_when_they_fail()
    {
        var (_, created) = await Expect(HttpStatusCode.Created, _app.PostAsync("/api/accounts", new { username = "pse-lead", role = "observer", state = "PSE" }));
        var code = (string)created!["accessCode"]!;

        var (weak, problem) = await _app.PostAsync("/api/auth/redeem", new { username = "pse-lead", accessCode = code, newPassword = "short" }, user: null);
        var (missing, invalid) = await _app.PostAsync("/api/auth/redeem", new { username = "pse-lead" }, user: null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Equal("https://plenary.dev/problems/password-rules-not-met", (string?)problem!["type"]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["accessCode", "newPassword"], invalid!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        await Expect(HttpStatusCode.NoContent, _app.PostAsync("/api/auth/redeem", new { username = "pse-lead", accessCode = code, newPassword = GoodPassword }, user: null));
    }

    [Fact]
    public async Task A_holder_changes_their_own_password_given_the_current_one()
    {
        var otherToken = await _app.TokenAsync("delegation-pol");
        using var browser = await Browser.SignInAsync(_app, "delegation-pol");

        var (wrong, wrongBody) = await browser.PostAsync("/api/auth/password", new { currentPassword = "not-it", newPassword = GoodPassword });
        var (weak, weakBody) = await browser.PostAsync("/api/auth/password", new { currentPassword = PlenaryApp.DemoPassword, newPassword = "short" });
        var (changed, _) = await browser.PostAsync("/api/auth/password", new { currentPassword = PlenaryApp.DemoPassword, newPassword = GoodPassword });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotNull(wrongBody!["errors"]!["currentPassword"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.NotNull(weakBody!["errors"]!["newPassword"]);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.SignInAsync("delegation-pol", PlenaryApp.DemoPassword)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.SignInAsync("delegation-pol", GoodPassword)).Response.StatusCode);

        // This browser stays signed in; a token from before the change does not.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.PostAsync("/api/auth/password", new { currentPassword = GoodPassword, newPassword = "Warsaw-Assembly-2022" }, user: null, headers: r => r.Headers.Authorization = new("Bearer", otherToken))).Response.StatusCode);
        Assert.Equal(["account-created", "password-changed"], await AccountLog.NamesAsync(_app, "delegation-pol"));
    }

    [Fact]
    public async Task The_Secretariat_lists_accounts_without_any_hash()
    {
        using var client = await _app.CreateClientAsync();

        var text = await client.GetStringAsync("/api/accounts", TestContext.Current.CancellationToken);

        Assert.Contains("\"username\":\"delegation-ukr\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AQAAAA", text, StringComparison.Ordinal);
    }
}
