using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Plenary.Server.Tests.Accounts;

public sealed class DelegationImportTests
{
    [Fact]
    public async Task The_Secretariat_creates_delegations_from_a_CSV_and_each_access_code_is_redeemed_for_a_password()
    {
        await using var app = new PlenaryApp();

        var (response, body) = await PostCsvAsync(app, "state,name,email\nUKR,Sergiy Kyslytsya,sk@example.org\n\"PSE\",\"Mansour, Riyad\",rm@example.org\n");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rows = body!.AsArray();
        Assert.Equal(["delegation-ukr-2", "delegation-pse-2"], rows.Select(r => (string?)r!["username"]));
        Assert.Equal("Mansour, Riyad", (string?)rows[1]!["name"]);
        var code = (string)rows[0]!["accessCode"]!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync("delegation-ukr-2", code)).Response.StatusCode);
        var (redeemed, _) = await app.PostAsync("/api/auth/redeem", new { username = "delegation-ukr-2", accessCode = code, newPassword = "Kyiv-Assembly-2022" }, user: null);
        Assert.Equal(HttpStatusCode.NoContent, redeemed.StatusCode);
        var token = await app.TokenAsync("delegation-ukr-2", "Kyiv-Assembly-2022");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(["account-created", "access-code-issued", "access-code-redeemed"], await AccountLog.NamesAsync(app, "delegation-ukr-2"));
    }

    [Fact]
    public async Task A_bad_row_is_400_listing_every_error_by_line_and_nothing_is_created()
    {
        await using var app = new PlenaryApp();

        var (response, body) = await PostCsvAsync(app, "state,name,email\nUKR,Good Delegate,gd@example.org\nXYZ,,not-an-email\nFRA,Someone\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/invalid-input", (string?)body!["type"]);
        var errors = body["errors"]!.AsObject();
        Assert.Contains("line 3: state", errors.Select(e => e.Key));
        Assert.Contains("line 3: name", errors.Select(e => e.Key));
        Assert.Contains("line 3: email", errors.Select(e => e.Key));
        Assert.Contains("line 4: row", errors.Select(e => e.Key));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync("delegation-ukr-2", "anything")).Response.StatusCode);

        // The good row can be sent again on its own: it was not half-created.
        var (again, created) = await PostCsvAsync(app, "state,name,email\nUKR,Good Delegate,gd@example.org\n");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("delegation-ukr-2", (string?)created!.AsArray().Single()!["username"]);
    }

    [Theory]
    [InlineData("president-ga")]
    [InlineData("delegation-ukr")]
    public async Task Only_the_Secretariat_creates_delegation_accounts(string user)
    {
        await using var app = new PlenaryApp();

        var (response, body) = await PostCsvAsync(app, "state,name,email\nUKR,Someone,s@example.org\n", user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("https://plenary.dev/problems/forbidden", (string?)body!["type"]);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostCsvAsync(PlenaryApp app, string csv, string user = PlenaryApp.Secretariat)
    {
        using var client = await app.CreateClientAsync(user);
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await client.PostAsync("/api/accounts/delegations", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
