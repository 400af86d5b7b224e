using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ChairConsoleTests(Chromium chromium)
{
    private const string Meeting = "sandbox";
    private const string Draft = "A/CHAIR/L.1";

    [Fact]
    public async Task The_President_of_the_Assembly_opens_a_recorded_vote_on_a_draft_and_runs_it_to_the_result()
    {
        await using var tab = await chromium.OpenAsync("president-ga");
        var ct = TestContext.Current.CancellationToken;
        using var secretariat = await chromium.App.ApiAsync("secretariat");
        using var submitted = await secretariat.PostAsJsonAsync("/api/drafts", new { symbol = Draft, body = "GA", title = "A draft put to the vote from the chair's console", sponsors = new[] { "UKR", "POL" } }, ct);
        submitted.EnsureSuccessStatusCode();

        await tab.SignInAsync("president-ga", $"/meetings/{Meeting}/chair");
        var page = tab.Page;
        await Assertions.Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await page.GetByLabel("Draft or proposal", new() { Exact = true }).FillAsync(Draft);
        await page.GetByLabel("Question", new() { Exact = true }).SelectOptionAsync("important");
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("recorded");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the vote" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("current-on")).ToHaveTextAsync(Draft);
        await Assertions.Expect(page.GetByTestId("voted-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0 of \\d+ have voted$"));
        var current = await secretariat.GetFromJsonAsync<JsonObject>($"/api/meetings/{Meeting}/votes/current", ct);
        Assert.Equal(Draft, (string?)current!["on"]);
        Assert.Equal("recorded", (string?)current["method"]);
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("chair-console");

        // Enough Members vote for a quorum, the chair locks and announces: the sandbox is left without a vote in progress.
        var voters = current["votes"]!.AsArray().Where(v => v!["noVote"] is null).Select(v => (string)v!["state"]!).Take(100).ToList();
        foreach (var state in voters)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{Meeting}/votes/current/ballots") { Content = JsonContent.Create(new { state, vote = "yes" }) };
            request.Headers.Add("Idempotency-Key", $"chair-console-{state}");
            using var ballot = await secretariat.SendAsync(request, ct);
            ballot.EnsureSuccessStatusCode();
        }

        await Assertions.Expect(page.GetByTestId("voted-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^100 of \\d+ have voted$"));
        await page.GetByLabel("Countdown (seconds)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Announce the lock" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("countdown")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock the vote" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Announce the result" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("last-decision")).ToHaveAttributeAsync("data-outcome", "adopted");
        await tab.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task Signed_out_the_console_offers_to_sign_in()
    {
        await using var tab = await chromium.OpenAsync("visitor");
        await tab.Page.GotoAsync($"/meetings/{Meeting}/chair");
        await Assertions.Expect(tab.Page.Locator("main").GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign in as the President");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in as the chair" })).ToBeVisibleAsync();
        await tab.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }
}
