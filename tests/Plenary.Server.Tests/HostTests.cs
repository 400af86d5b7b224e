using System.Net;

namespace Plenary.Server.Tests;

public sealed class HostTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/bodies")]
    [InlineData("/api/states?body=SC&on=2022-02-25")]
    public async Task The_server_answers(string path)
    {
        await using var app = new PlenaryApp();

        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_Council_on_25_February_2022_has_fifteen_members_five_permanent()
    {
        await using var app = new PlenaryApp();

        var (_, body) = await app.GetAsync("/api/states?body=SC&on=2022-02-25");

        Assert.Equal(15, (int)body!["size"]!);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], body["members"]!.AsArray().Where(m => (bool)m!["permanent"]!).Select(m => (string)m!["code"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_ballot_route()
    {
        await using var app = new PlenaryApp();

        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/meetings/{id}/votes/current/ballots", text, StringComparison.Ordinal);
    }
}
