using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class JournalTests(Chromium chromium)
{
    [Fact]
    public async Task The_signed_out_Journal_lists_the_sessions_and_the_latest_decisions_with_links()
    {
        await using var tab = await chromium.OpenAsync("public");
        await tab.Page.GotoAsync("/");
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Journal");
        await Assertions.Expect(tab.Page.Locator("#bodies + ul")).ToContainTextAsync("ES-11 (");
        var decision = tab.Page.Locator("section[aria-labelledby=decisions] tr", new() { HasText = "A/ES-11/L.1" });
        await Assertions.Expect(decision).ToContainTextAsync("Adopted");
        await Assertions.Expect(decision).ToContainTextAsync("141–5–35");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "chair's console" })).ToHaveCountAsync(0);
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("journal");
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task A_president_sees_the_console_of_its_own_body_only()
    {
        await using var tab = await chromium.OpenAsync("president-sc");
        await tab.SignInAsync("president-sc");
        var sandbox = tab.Page.Locator("section[aria-labelledby=all-meetings] li", new() { HasText = "sandbox" });
        await Assertions.Expect(sandbox).ToHaveCountAsync(1);
        await Assertions.Expect(sandbox.GetByRole(AriaRole.Link, new() { Name = "chair's console" })).ToHaveCountAsync(0);
        var council = tab.Page.Locator("section[aria-labelledby=all-meetings] li", new() { HasText = "Security Council" }).First;
        await Assertions.Expect(council.GetByRole(AriaRole.Link, new() { Name = "chair's console" })).ToHaveCountAsync(1);
        tab.AssertNoErrors();
    }
}
