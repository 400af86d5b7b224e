using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Administration;
using Plenary.Server.Components.Pages;

namespace Plenary.Server.Tests.Components.Administration;

public sealed class AccountsTests
{
    [Fact]
    public async Task A_CSV_with_a_bad_line_shows_each_error_by_line_and_field_and_creates_nothing()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var created = new List<IssuedCode>();
        var cut = context.Render<BulkDelegates>(p => p.Add(c => c.OnCreated, (IReadOnlyList<IssuedCode> codes) => created.AddRange(codes)));

        cut.Find("#csv-text").Change("state,name,email\nUKR,Good Delegate,gd@example.org\nXYZ,Someone,s@example.org\nFRA,,not-an-email\n");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=csv-errors]")));
        var errors = cut.FindAll("#csv-errors li").Select(li => (li.GetAttribute("data-line"), li.GetAttribute("data-field"), li.TextContent)).ToList();
        Assert.Contains(errors, e => e.Item1 == "3" && e.Item2 == "state" && e.TextContent.StartsWith("Line 3, state: 'XYZ'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == "4" && e.Item2 == "name");
        Assert.Contains(errors, e => e.Item1 == "4" && e.Item2 == "email");
        Assert.Equal("true", cut.Find("#csv-text").GetAttribute("aria-invalid"));
        Assert.Contains("csv-errors", cut.Find("#csv-text").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Empty(created);
        var store = app.Services.GetRequiredService<AccountStore>();
        Assert.False(await store.ExistsAsync("delegation-ukr-2", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_good_CSV_creates_the_accounts_and_prints_cards_whose_codes_redeem_through_the_API()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var cut = context.Render<SecretariatAccounts>();

        cut.Find("#csv-text").Change("state,name,email\nUKR,Sergiy Kyslytsya,sk@example.org\n\"PSE\",\"Mansour, Riyad\",rm@example.org\n");
        cut.Find("form.bulk").Submit();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=access-code-cards] li.card").Count));
        var cards = cut.FindAll("li.card");
        Assert.Equal(["delegation-ukr-2", "delegation-pse-2"], cards.Select(c => c.GetAttribute("data-username")));
        Assert.Contains("Ukraine", cards[0].QuerySelector(".state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mansour, Riyad", cards[1].QuerySelector(".holder")!.TextContent);
        Assert.EndsWith("/redeem", cards[0].QuerySelector(".address")!.TextContent, StringComparison.Ordinal);
        foreach (var card in cards)
        {
            var username = card.GetAttribute("data-username")!;
            var code = card.QuerySelector("[data-testid=access-code]")!.TextContent;
            var (redeemed, _) = await app.PostAsync("/api/auth/redeem", new { username, accessCode = code, newPassword = "Assembly-Hall-2022" }, user: null);
            Assert.Equal(HttpStatusCode.NoContent, redeemed.StatusCode);
            Assert.False(string.IsNullOrEmpty(await app.TokenAsync(username, "Assembly-Hall-2022")));
        }
    }

    [Fact]
    public async Task A_new_account_with_a_bad_State_is_refused_next_to_the_field()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var cut = context.Render<NewAccountForm>();

        cut.Find("#account-username").Change("delegation-xyz");
        cut.Find("#account-state").Change("XYZ");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("XYZ", cut.Find("#account-state-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("account-state-error", cut.Find("#account-state").GetAttribute("aria-describedby"));
        Assert.False(await app.Services.GetRequiredService<AccountStore>().ExistsAsync("delegation-xyz", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_Secretariat_disables_an_account_and_cannot_disable_itself()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var cut = context.Render<AccountList>();

        cut.Find("tr[data-username=delegation-fra] button[aria-label='Disable delegation-fra']").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("tr[data-username=delegation-fra] button[aria-label='Enable delegation-fra']")));
        Assert.True((await app.Services.GetRequiredService<AccountStore>().FindAsync("delegation-fra", Xunit.TestContext.Current.CancellationToken))!.Disabled);

        cut.Find("tr[data-username=secretariat] button[aria-label='Disable secretariat']").Click();
        cut.WaitForAssertion(() => Assert.Contains("cannot disable", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
    }
}
