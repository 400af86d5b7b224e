using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ResultPageTests(Chromium chromium)
{
    [Fact]
    public async Task The_result_of_ES_11_1_shows_the_line_and_the_counts_the_API_gives()
    {
        var api = chromium.App.CreateClient();
        var meetings = await api.GetFromJsonAsync<JsonArray>("/api/meetings", TestContext.Current.CancellationToken);
        var meeting = (string)meetings!.Single(m => (string?)m!["symbol"] == "A/ES-11/PV.5")!["id"]!;
        var question = await api.GetFromJsonAsync<JsonObject>($"/api/meetings/{meeting}/votes/1", TestContext.Current.CancellationToken);
        var tally = question!["tally"]!;

        await using var tab = await chromium.OpenAsync("public");
        await tab.Page.GotoAsync($"/meetings/{meeting}/votes/1");
        await Assertions.Expect(tab.Page.GetByTestId("result-line")).ToContainTextAsync("adopted by a recorded vote of 141 to 5, with 35 abstentions");
        await Assertions.Expect(tab.Page.GetByTestId("yes-count")).ToHaveTextAsync(((int)tally["yes"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(tab.Page.GetByTestId("no-count")).ToHaveTextAsync(((int)tally["no"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(tab.Page.GetByTestId("abstain-count")).ToHaveTextAsync(((int)tally["abstain"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(tab.Page.Locator("[data-testid=world-map] path[data-state=UKR]")).ToHaveAttributeAsync("data-vote", "yes");
        await Assertions.Expect(tab.Page.Locator("[data-testid=hemicycle] g.seat")).ToHaveCountAsync(193);

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        Assert.Equal("A-ES-11-L.1-votes.csv", download.SuggestedFilename);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "Download JSON" })).ToHaveAttributeAsync("href", $"/meetings/{meeting}/votes/1.json");

        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("result-es-11");
        tab.AssertNoErrors();
    }
}
