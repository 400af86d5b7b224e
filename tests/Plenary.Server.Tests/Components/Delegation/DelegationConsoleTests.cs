using System.Net;
using Bunit;
using DelegationConsole = Plenary.Server.Components.Pages.Delegation;

namespace Plenary.Server.Tests.Components.Delegation;

public sealed class DelegationConsoleTests
{
    [Fact]
    public async Task The_console_casts_a_vote_that_the_API_then_shows_and_changes_it_until_the_lock()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-vote", "A/81/L.7", vote: true);
        await using var context = await ConsoleContext.CreateAsync(app, "delegation-ukr");

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        console.WaitForAssertion(() => Assert.Equal("Ukraine", console.Find("[data-testid=state-name]").TextContent));
        console.Find("button[data-vote=yes]").Click();

        console.WaitForAssertion(() => Assert.Equal("true", console.Find("button[data-vote=yes]").GetAttribute("aria-pressed")));
        Assert.Equal("Yes", console.Find("[data-testid=current-choice]").TextContent);
        Assert.Equal("yes", await VoteOfAsync(app, meeting, "UKR"));

        console.Find("button[data-vote=no]").Click();
        console.WaitForAssertion(() => Assert.Equal("true", console.Find("button[data-vote=no]").GetAttribute("aria-pressed")));
        Assert.Equal("no", await VoteOfAsync(app, meeting, "UKR"));

        await ConsoleContext.Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{meeting}/votes/current/close"));
        console.WaitForAssertion(() => Assert.Contains("Voting is closed", console.Find("#vote-reason").TextContent, StringComparison.Ordinal));
        Assert.All(console.FindAll("[data-testid=vote-buttons] button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal("No", console.Find("[data-testid=current-choice]").TextContent);
    }

    [Fact]
    public async Task An_observer_State_sees_the_buttons_disabled_with_the_reason()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-observer", "A/81/L.8", vote: true);
        await using var context = await ConsoleContext.CreateAsync(app, "delegation-vat");

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));

        console.WaitForAssertion(() => Assert.Equal("VAT", console.Find("[data-testid=seat]").GetAttribute("data-state")));
        Assert.All(console.FindAll("[data-testid=vote-buttons] button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Contains("observer State", console.Find("#vote-reason").TextContent, StringComparison.Ordinal);
        Assert.Equal("observer", console.Find("[data-testid=rights] li").GetAttribute("data-right"));
    }

    [Fact]
    public async Task Co_sponsoring_from_the_console_puts_the_State_on_the_draft()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-draft", "A/81/L.9", vote: false);
        await using var context = await ConsoleContext.CreateAsync(app, "delegation-ukr");

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        console.WaitForAssertion(() => Assert.Equal("none", console.Find("li.draft[data-symbol='A/81/L.9']").GetAttribute("data-sponsor")));
        console.Find("li.draft[data-symbol='A/81/L.9'] button.primary").Click();

        console.WaitForAssertion(() => Assert.Equal("co", console.Find("li.draft[data-symbol='A/81/L.9']").GetAttribute("data-sponsor")));
        var (_, draft) = await app.GetAsync("/api/drafts/A%2F81%2FL.9");
        Assert.Equal(["FRA", "UKR"], draft!["sponsors"]!.AsArray().Select(s => (string)s!));

        console.Find("li.draft[data-symbol='A/81/L.9'] button.secondary").Click();
        console.WaitForAssertion(() => Assert.Equal("none", console.Find("li.draft[data-symbol='A/81/L.9']").GetAttribute("data-sponsor")));
        (_, draft) = await app.GetAsync("/api/drafts/A%2F81%2FL.9");
        Assert.Equal(["FRA"], draft!["sponsors"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public async Task A_main_sponsor_withdraws_its_draft_and_another_delegation_cannot()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-withdraw", "A/81/L.10", vote: false);
        await using var ukraine = await ConsoleContext.CreateAsync(app, "delegation-ukr");
        var other = ukraine.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        other.WaitForAssertion(() => Assert.Equal("none", other.Find("li.draft[data-symbol='A/81/L.10']").GetAttribute("data-sponsor")));
        Assert.Empty(other.FindAll("li.draft[data-symbol='A/81/L.10'] button.danger"));
        await using var france = await ConsoleContext.CreateAsync(app, "delegation-fra");

        var console = france.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        console.WaitForAssertion(() => Assert.Equal("main", console.Find("li.draft[data-symbol='A/81/L.10']").GetAttribute("data-sponsor")));
        console.Find("li.draft[data-symbol='A/81/L.10'] button.danger").Click();

        console.WaitForAssertion(() => Assert.Equal("withdrawn", console.Find("li.draft[data-symbol='A/81/L.10']").GetAttribute("data-status")));
        var (_, draft) = await app.GetAsync("/api/drafts/A%2F81%2FL.10");
        Assert.Equal("withdrawn", (string?)draft!["status"]);
    }

    [Fact]
    public async Task A_delegation_submits_a_draft_and_bad_input_is_shown_next_to_the_field()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-submit", "A/81/L.11", vote: false);
        await using var context = await ConsoleContext.CreateAsync(app, "delegation-ukr");

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        console.WaitForAssertion(() => console.Find("#draft-symbol"));
        console.Find("#draft-symbol").Change("not a symbol!");
        console.Find("form.submit-draft").Submit();
        console.WaitForAssertion(() => Assert.Contains("is required", console.Find("#draft-title-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("draft-symbol-error", console.Find("#draft-symbol").GetAttribute("aria-describedby"));

        console.Find("#draft-symbol").Change("A/81/L.12");
        console.Find("#draft-title").Change("Cooperation between the United Nations and regional organizations");
        console.Find("form.submit-draft").Submit();

        console.WaitForAssertion(() => Assert.Equal("main", console.Find("li.draft[data-symbol='A/81/L.12']").GetAttribute("data-sponsor")));
        var (_, draft) = await app.GetAsync("/api/drafts/A%2F81%2FL.12");
        Assert.Equal(["UKR"], draft!["mainSponsors"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public async Task A_delegation_inscribes_on_the_list_of_speakers_and_sees_its_place()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-speakers", "A/81/L.13", vote: false);
        await ConsoleContext.Expect(HttpStatusCode.OK, app.PostAsync($"/api/meetings/{meeting}/speakers", new { state = "FRA" }));
        await using var context = await ConsoleContext.CreateAsync(app, "delegation-ukr");

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));
        console.WaitForAssertion(() => console.Find("form.inscribe"));
        console.Find("form.inscribe").Submit();

        console.WaitForAssertion(() => Assert.Equal("2", console.Find("[data-testid=speaker-places] li[data-kind=statement]").GetAttribute("data-place")));

        console.Find("#inscribe-kind").Change("ExplanationBeforeVote");
        console.Find("form.inscribe").Submit();
        console.WaitForAssertion(() => Assert.Contains("is required", console.Find("#inscribe-document-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signed_out_the_console_asks_to_sign_in()
    {
        await using var app = new PlenaryApp();
        var meeting = await ConsoleContext.OpenMeetingAsync(app, "console-anonymous", "A/81/L.14", vote: false);
        await using var context = await ConsoleContext.CreateAsync(app, null);

        var console = context.Render<DelegationConsole>(p => p.Add(c => c.Id, meeting));

        console.WaitForAssertion(() => Assert.Equal(
            "/sign-in?returnUrl=%2Fmeetings%2Fconsole-anonymous%2Fdelegation",
            console.Find("[data-testid=sign-in-needed] a").GetAttribute("href")));
        Assert.Empty(console.FindAll("[data-testid=vote-buttons]"));
    }

    private static async Task<string?> VoteOfAsync(PlenaryApp app, string meeting, string state)
    {
        var (_, current) = await app.GetAsync($"/api/meetings/{meeting}/votes/current");
        return (string?)current!["votes"]!.AsArray().Single(v => (string?)v!["state"] == state)!["vote"];
    }
}
