using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DelegationConsoleTests(Chromium chromium)
{
    [Fact]
    public async Task A_delegation_votes_from_its_console_and_changes_its_vote_on_a_laptop_and_on_a_phone()
    {
        await using var tab = await chromium.OpenAsync("delegation-ukr");
        await tab.SignInAsync("delegation-ukr", "/meetings/sandbox/delegation");
        await Assertions.Expect(tab.Page.GetByTestId("state-name")).ToHaveTextAsync("Ukraine");

        // A meeting of this test's own: other tests open and close votes in the shared sandbox.
        var (meeting, _) = await OpenVoteAsync();
        await tab.Page.GotoAsync($"/meetings/{meeting}/delegation");
        await Assertions.Expect(tab.Page.Locator("[data-testid=delegation-console][data-interactive=true]")).ToBeVisibleAsync();
        var yes = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true });
        var abstain = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Abstain", Exact = true });

        await yes.ClickAsync();
        await Assertions.Expect(yes).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(tab.Page.GetByTestId("current-choice")).ToHaveTextAsync("Yes");
        Assert.Equal("yes", await VoteOfAsync(meeting, "UKR"));

        await abstain.ClickAsync();
        await Assertions.Expect(abstain).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(yes).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(tab.Page.GetByTestId("current-choice")).ToHaveTextAsync("Abstain");
        Assert.Equal("abstain", await VoteOfAsync(meeting, "UKR"));
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("delegation-console");

        await tab.Page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(abstain).ToBeInViewportAsync();
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("delegation-console-phone");
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task An_observer_sees_why_it_cannot_vote_and_a_signed_out_visitor_is_asked_to_sign_in()
    {
        var (meeting, _) = await OpenVoteAsync();
        await using var observer = await chromium.OpenAsync("delegation-vat");
        await observer.SignInAsync("delegation-vat", $"/meetings/{meeting}/delegation");
        await Assertions.Expect(observer.Page.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true })).ToBeDisabledAsync();
        await Assertions.Expect(observer.Page.GetByTestId("vote-reason")).ToContainTextAsync("observer State");
        await observer.AssertAccessibleAsync();
        observer.AssertNoErrors();

        await using var visitor = await chromium.OpenAsync("visitor");
        await visitor.Page.GotoAsync($"/meetings/{meeting}/delegation");
        await visitor.Page.GetByTestId("sign-in-needed").GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await visitor.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sign-in");
        visitor.AssertNoErrors();
    }

    [Fact]
    public async Task The_record_of_the_ES_11_meeting_prints_the_decision_141_5_35()
    {
        using var api = chromium.App.CreateClient();
        var meetings = await api.GetFromJsonAsync<JsonArray>("/api/meetings", TestContext.Current.CancellationToken);
        var id = (string)meetings!.Single(m => (string?)m!["symbol"] == "A/ES-11/PV.5")!["id"]!;
        await using var tab = await chromium.OpenAsync("reader");

        await tab.Page.GotoAsync($"/meetings/{id}/record");

        var decision = tab.Page.Locator("[data-testid=decision][data-on='A/ES-11/L.1']");
        await Assertions.Expect(decision).ToHaveAttributeAsync("data-outcome", "adopted");
        await Assertions.Expect(decision.GetByTestId("tally")).ToHaveTextAsync("(141-5-35)");
        await Assertions.Expect(tab.Page.GetByTestId("resolutions")).ToContainTextAsync("A/RES/ES-11/1");
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("meeting-record");

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(tab.Page.Locator("header.site")).ToBeHiddenAsync();
        await Assertions.Expect(decision).ToBeVisibleAsync();
        tab.AssertNoErrors();
    }

    /// <summary>Opens a GA meeting of its own (as the Secretariat) and a recorded vote on a new draft (as the President).</summary>
    private async Task<(string Meeting, string Draft)> OpenVoteAsync()
    {
        var suffix = Random.Shared.Next(0x10000000, int.MaxValue).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = "delegation-" + suffix;
        var draft = "A/81/L.D" + suffix;
        var cancellation = TestContext.Current.CancellationToken;
        using var secretariat = await chromium.App.ApiAsync("secretariat");
        (await secretariat.PostAsJsonAsync("/api/meetings", new { id = meeting, body = "GA" }, cancellation)).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync("/api/drafts", new { symbol = draft, body = "GA", title = "Cooperation between the United Nations and regional organizations", sponsors = new[] { "FRA" } }, cancellation)).EnsureSuccessStatusCode();
        using var president = await chromium.App.ApiAsync("president-ga");
        (await president.PostAsJsonAsync($"/api/meetings/{meeting}/votes", new { on = draft, question = "other", method = "recorded" }, cancellation)).EnsureSuccessStatusCode();
        return (meeting, draft);
    }

    private async Task<string?> VoteOfAsync(string meeting, string state)
    {
        using var api = chromium.App.CreateClient();
        var current = await api.GetFromJsonAsync<JsonObject>($"/api/meetings/{meeting}/votes/current", TestContext.Current.CancellationToken);
        return (string?)current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == state)!["vote"];
    }
}
