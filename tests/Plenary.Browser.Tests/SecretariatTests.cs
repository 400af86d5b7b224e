using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SecretariatTests(Chromium chromium)
{
    [Fact]
    public async Task The_Secretariat_opens_its_pages_and_prints_access_code_cards_for_new_delegates()
    {
        await using var tab = await chromium.OpenAsync("secretariat");
        await tab.SignInAsync("secretariat", "/secretariat");
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Secretariat");
        await Assertions.Expect(tab.Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator("[data-testid=bodies] tr[data-body=GA] [data-testid=members]")).ToHaveTextAsync("193");
        await Assertions.Expect(tab.Page.Locator("[data-testid=meetings] tr[data-meeting=sandbox]")).ToBeVisibleAsync();
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("secretariat");

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Delegation accounts" }).First.ClickAsync();
        await tab.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/secretariat/accounts");
        await Assertions.Expect(tab.Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator("[data-testid=accounts] tr[data-username=delegation-ukr]")).ToBeVisibleAsync();
        await tab.AssertAccessibleAsync();

        await tab.Page.GetByLabel("CSV of delegates", new() { Exact = true }).FillAsync("state,name,email\nBRA,Ronaldo Costa Filho,rcf@example.org\nIND,Ruchira Kamboj,rk@example.org\n");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Create the accounts" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("[data-testid=access-code-cards] li.card")).ToHaveCountAsync(2);
        await Assertions.Expect(tab.Page.Locator("li.card[data-username=delegation-bra-2] .state")).ToHaveTextAsync("Brazil");
        await tab.AssertAccessibleAsync();
        await tab.ScreenshotAsync("access-code-cards");

        // On paper only the cards: no site header, no buttons.
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(tab.Page.Locator("header.site")).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Print the cards" })).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.Locator("li.card").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("access-code-cards-print");
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task A_delegation_reads_that_only_the_Secretariat_may_use_the_page()
    {
        await using var tab = await chromium.OpenAsync("delegation-on-secretariat");
        await tab.SignInAsync("delegation-ukr", "/secretariat/accounts");
        await Assertions.Expect(tab.Page.Locator("[data-testid=secretariat-only]")).ToContainTextAsync("Only the Secretariat may use these pages.");
        await Assertions.Expect(tab.Page.Locator("[data-testid=accounts]")).ToHaveCountAsync(0);
        await tab.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }
}
