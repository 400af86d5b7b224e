using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BoardPageTests(Chromium chromium)
{
    [Fact]
    public async Task The_signed_out_board_of_the_ES_11_vote_shows_193_lights_and_141_to_5_with_35_abstentions()
    {
        await using var tab = await chromium.OpenAsync("public");
        var meeting = await MeetingWithSymbolAsync("A/ES-11/PV.5");

        await tab.Page.GotoAsync($"/meetings/{meeting}/board");

        var board = tab.Page.GetByTestId("board");
        await Assertions.Expect(board).ToHaveAttributeAsync("data-version", new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        await Assertions.Expect(board.Locator("li[data-state]:not([data-no-vote=observer])")).ToHaveCountAsync(193);
        await Assertions.Expect(board.Locator("li[data-vote=yes]")).ToHaveCountAsync(141);
        await Assertions.Expect(board.Locator("li[data-vote=no]")).ToHaveCountAsync(5);
        await Assertions.Expect(board.Locator("li[data-vote=abstain]")).ToHaveCountAsync(35);
        await Assertions.Expect(tab.Page.GetByTestId("yes-count")).ToHaveTextAsync("141");
        await Assertions.Expect(tab.Page.GetByTestId("no-count")).ToHaveTextAsync("5");
        await Assertions.Expect(tab.Page.GetByTestId("abstain-count")).ToHaveTextAsync("35");
        await Assertions.Expect(tab.Page.GetByTestId("non-voting-count")).ToHaveTextAsync("12");
        await Assertions.Expect(tab.Page.GetByTestId("outcome")).ToHaveAttributeAsync("data-outcome", "adopted");
        await Assertions.Expect(board.Locator("li[data-state=UKR]")).ToHaveAttributeAsync("aria-label", "Ukraine: Yes");
        await Assertions.Expect(board.Locator("li[data-state=VEN]")).ToHaveAttributeAsync("data-no-vote", "article-19");

        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("board-es-11");

        await tab.Page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(board.Locator("li[data-state=UKR]")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("board-es-11-phone");
        tab.AssertNoErrors();
    }

    private async Task<string> MeetingWithSymbolAsync(string symbol)
    {
        using var api = chromium.App.CreateClient();
        var meetings = await api.GetFromJsonAsync<JsonArray>("/api/meetings", TestContext.Current.CancellationToken);
        return meetings!.Single(m => (string?)m!["symbol"] == symbol)!["id"]!.GetValue<string>();
    }
}
