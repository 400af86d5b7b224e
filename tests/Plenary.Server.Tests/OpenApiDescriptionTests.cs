using System.Text.Json.Nodes;

namespace Plenary.Server.Tests;

/// <summary>The OpenAPI document declares how to sign in, where it is needed, and the problem details each operation can answer.</summary>
public sealed class OpenApiDescriptionTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();
    private JsonNode _document = null!;

    public async ValueTask InitializeAsync() =>
        _document = JsonNode.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void The_bearer_token_and_the_session_cookie_are_declared()
    {
        var schemes = _document["components"]!["securitySchemes"]!;

        Assert.Equal("http", (string?)schemes["Bearer"]!["type"]);
        Assert.Equal("bearer", (string?)schemes["Bearer"]!["scheme"]);
        Assert.Equal("apiKey", (string?)schemes["Cookie"]!["type"]);
        Assert.Equal("cookie", (string?)schemes["Cookie"]!["in"]);
        Assert.Equal("Plenary.Session", (string?)schemes["Cookie"]!["name"]);
    }

    [Theory]
    [InlineData("post", "/api/meetings/{id}/votes/current/ballots")]
    [InlineData("post", "/api/meetings")]
    [InlineData("post", "/api/accounts")]
    [InlineData("post", "/api/accounts/{username}/disable")]
    [InlineData("get", "/api/accounts")]
    [InlineData("get", "/api/auth/me")]
    [InlineData("post", "/api/auth/password")]
    public void An_operation_that_needs_an_account_asks_for_either_scheme(string method, string path)
    {
        var security = Operation(method, path)["security"]!.AsArray();

        Assert.Equal(["Bearer", "Cookie"], security.Select(r => r!.AsObject().Single().Key));
        Assert.Contains("401", Responses(method, path));
        Assert.Contains("403", Responses(method, path));
    }

    [Theory]
    [InlineData("get", "/api/meetings")]
    [InlineData("get", "/api/meetings/{id}")]
    [InlineData("post", "/api/auth/token")]
    [InlineData("post", "/api/auth/sign-in")]
    [InlineData("post", "/api/auth/redeem")]
    public void A_public_read_or_a_sign_in_asks_for_no_scheme(string method, string path)
    {
        Assert.Null(Operation(method, path)["security"]);
    }

    [Fact]
    public void Casting_a_vote_lists_every_problem_it_can_give()
    {
        Assert.Equal(["400", "401", "403", "404", "409", "412", "413", "422"], Responses("post", "/api/meetings/{id}/votes/current/ballots").Where(s => s[0] == '4').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_follow_what_an_operation_takes_and_does()
    {
        Assert.Equal(["400", "401", "403", "413", "429"], Responses("post", "/api/auth/token").Where(s => s[0] == '4').Order(StringComparer.Ordinal));
        Assert.DoesNotContain("401", Responses("get", "/api/meetings"));
        Assert.Contains("404", Responses("get", "/api/meetings/{id}"));
        Assert.DoesNotContain("404", Responses("get", "/api/meetings"));
        Assert.DoesNotContain("412", Responses("post", "/api/accounts/{username}/disable"));
        Assert.Contains("422", Responses("post", "/api/auth/password"));
        Assert.Contains("422", Responses("post", "/api/accounts"));
    }

    [Fact]
    public void Every_4xx_answer_of_every_operation_is_problem_details()
    {
        var operations = _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!))).ToList();

        Assert.True(operations.Count > 40);
        foreach (var (path, method, operation) in operations)
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] == '4'))
            {
                var content = response!["content"]?.AsObject();
                Assert.True(content is not null && content.Count == 1 && content.ContainsKey("application/problem+json"), $"{method} {path} {status}: {response.ToJsonString()}");
                Assert.Equal("#/components/schemas/ProblemDetails", (string?)content["application/problem+json"]!["schema"]!["$ref"]);
                Assert.False(string.IsNullOrEmpty((string?)response["description"]), $"{method} {path} {status} has no description");
            }
        }

        Assert.NotNull(_document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["type"]);
    }

    private JsonNode Operation(string method, string path) =>
        _document["paths"]![path]?[method] ?? throw new Xunit.Sdk.XunitException($"The document has no {method} {path}.");

    private IReadOnlyList<string> Responses(string method, string path) => [.. Operation(method, path)["responses"]!.AsObject().Select(r => r.Key)];
}
