using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(Chromium chromium)
{
    [Fact]
    public async Task A_delegation_signs_in_and_out_with_the_demo_password()
    {
        await using var tab = await chromium.OpenAsync("delegation");
        await tab.Page.GotoAsync("/sign-in");
        await tab.AssertAccessibleAsync();
        await tab.SignInAsync("delegation-ukr", "/not-found");
        await Assertions.Expect(tab.Page.GetByText("Signed in as delegation-ukr")).ToBeVisibleAsync();

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_page_without_a_crash()
    {
        await using var tab = await chromium.OpenAsync("stranger");
        await tab.Page.GotoAsync("/sign-in");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("#username-error")).ToHaveTextAsync("Enter your username.");
        await Assertions.Expect(tab.Page.Locator("#password-error")).ToHaveTextAsync("Enter your password.");

        await tab.Page.GetByLabel("Username").FillAsync("delegation-fra");
        await tab.Page.GetByLabel("Password").FillAsync("not-the-password");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("#sign-in-error")).ToHaveTextAsync("The username or password is wrong.");
        await tab.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task French_is_chosen_from_the_language_bar_and_Arabic_reads_right_to_left()
    {
        await using var tab = await chromium.OpenAsync("reader");
        await tab.Page.GotoAsync("/sign-in");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Connexion");
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await tab.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }
}
