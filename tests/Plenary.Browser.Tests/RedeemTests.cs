using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RedeemTests(Chromium chromium)
{
    [Fact]
    public async Task A_delegate_redeems_the_access_code_from_the_card_chooses_a_password_and_is_signed_in()
    {
        using var secretariat = await chromium.App.ApiAsync("secretariat");
        var username = "delegate-ken-" + TestContext.Current.TestCase!.UniqueID[..8].ToLowerInvariant();
        using var created = await secretariat.PostAsJsonAsync("/api/accounts", new { username, role = "delegation", state = "KEN", name = "A delegate of Kenya" }, TestContext.Current.CancellationToken);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var code = (await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["accessCode"]!.GetValue<string>();

        await using var tab = await chromium.OpenAsync("delegate");
        await tab.Page.GotoAsync("/sign-in");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "First time here?" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("First sign-in with an access code");
        await tab.AssertAccessibleAsync();

        // A wrong code and two different passwords are refused on the page, next to the fields.
        await tab.Page.GetByLabel("Username").FillAsync(username);
        await tab.Page.GetByLabel("Access code").FillAsync(code);
        await tab.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("kenya-delegate-2026");
        await tab.Page.GetByLabel("Confirm the new password").FillAsync("something-else-2026");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Set my password and sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("#confirm-password-error")).ToHaveTextAsync("The two passwords differ.");

        await tab.Page.GetByLabel("Access code").FillAsync("WRONG-CODE");
        await tab.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("kenya-delegate-2026");
        await tab.Page.GetByLabel("Confirm the new password").FillAsync("kenya-delegate-2026");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Set my password and sign in" }).ClickAsync();
        // The page's own refusal: Blazor's error bar is an alert too, and the test ends by failing on any browser error.
        await Assertions.Expect(tab.Page.Locator("#redeem-error")).ToContainTextAsync("access code is wrong");

        await tab.Page.GetByLabel("Access code").FillAsync(code);
        await tab.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("kenya-delegate-2026");
        await tab.Page.GetByLabel("Confirm the new password").FillAsync("kenya-delegate-2026");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Set my password and sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.GetByText($"Signed in as {username}")).ToBeVisibleAsync();

        // The code worked once; the password it set works over the API too.
        using var anonymous = chromium.App.CreateClient();
        using var again = await anonymous.PostAsJsonAsync("/api/auth/redeem", new { username, accessCode = code, newPassword = "another-password-2026" }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, again.StatusCode);
        using var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { username, password = "kenya-delegate-2026" }, TestContext.Current.CancellationToken);
        Assert.True(token.IsSuccessStatusCode);
        tab.AssertNoErrors();
    }
}
