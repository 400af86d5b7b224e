using System.Net;

namespace Plenary.Server.Tests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task A_demo_account_gets_a_bearer_token()
    {
        await using var app = new PlenaryApp();

        var (response, body) = await app.SignInAsync("delegation-ukr", PlenaryApp.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", (string?)body!["tokenType"]);
        Assert.False(string.IsNullOrEmpty((string?)body["accessToken"]));
    }

    [Fact]
    public async Task A_wrong_password_is_401_with_problem_details()
    {
        await using var app = new PlenaryApp();

        var (response, body) = await app.SignInAsync("delegation-ukr", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/sign-in-failed", (string?)body!["type"]);
    }

    [Fact]
    public async Task A_made_up_token_is_401()
    {
        await using var app = new PlenaryApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await client.PostAsync("/api/meetings/ga/adjourn", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await using var app = new PlenaryApp();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync("delegation-fra", "wrong")).Response.StatusCode);
        }

        var (response, body) = await app.SignInAsync("delegation-fra", PlenaryApp.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/locked-out", (string?)body!["type"]);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInAsync("delegation-deu", PlenaryApp.DemoPassword)).Response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited_per_address()
    {
        await using var app = new PlenaryApp();
        HttpStatusCode last = default;
        for (var i = 0; i < 21; i++)
        {
            last = (await app.SignInAsync($"nobody-{i}", "wrong")).Response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
