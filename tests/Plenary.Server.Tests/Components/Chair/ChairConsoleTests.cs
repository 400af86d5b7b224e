using Bunit;
using Plenary.Domain.Voting;

namespace Plenary.Server.Tests.Components.Chair;

public sealed class ChairConsoleTests
{
    [Fact]
    public async Task A_recorded_vote_opened_from_the_form_is_recorded_and_shown()
    {
        await using var scene = await ChairScene.StartAsync();
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => console.Find("#vote-on"));

        console.Find("#vote-on").Change(ChairScene.Draft);
        console.Find("#vote-question").Change("important");
        console.Find("#vote-method").Change("recorded");
        Assert.Contains("Two thirds", console.Find("[data-testid=majority]").TextContent, StringComparison.Ordinal);
        console.Find("section[aria-labelledby=vote-heading] form").Submit();

        console.WaitForAssertion(() => Assert.Equal(scene.Voted(0), console.Find("[data-testid=voted-count]").TextContent));
        var current = (await scene.ViewAsync()).Meeting.Current!;
        Assert.Equal(ChairScene.Draft, current.On);
        Assert.Equal(VoteMethod.Recorded, current.Method);
        Assert.Equal(MajorityRule.TwoThirds, current.Rule);
    }

    [Fact]
    public async Task A_broken_rule_is_refused_in_an_alert_and_bad_input_beside_its_field()
    {
        await using var scene = await ChairScene.StartAsync();
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => console.Find("#vote-on"));

        console.Find("section[aria-labelledby=vote-heading] form").Submit();
        console.WaitForAssertion(() => Assert.Equal("is required.", console.Find("#vote-on-error").TextContent));
        Assert.Equal("vote-on-error", console.Find("#vote-on").GetAttribute("aria-describedby"));

        console.Find("#vote-on").Change("A/ES-11/L.9");
        console.Find("section[aria-labelledby=vote-heading] form").Submit();
        console.WaitForAssertion(() => Assert.Contains(
            "No draft A/ES-11/L.9 has been submitted",
            console.Find("section[aria-labelledby=vote-heading] [role=alert]").TextContent,
            StringComparison.Ordinal));
        Assert.Null((await scene.ViewAsync()).Meeting.Current);
    }

    [Fact]
    public async Task The_count_of_who_has_voted_follows_ballots_cast_through_the_API()
    {
        await using var scene = await ChairScene.StartAsync();
        var (opened, _) = await scene.App.PostAsync($"/api/meetings/{ChairScene.Meeting}/votes", new { on = ChairScene.Draft, question = "important", method = "recorded" });
        opened.EnsureSuccessStatusCode();
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => Assert.Equal(scene.Voted(0), console.Find("[data-testid=voted-count]").TextContent));

        var (ballot, _) = await scene.App.BallotAsync(ChairScene.Meeting, "UKR", "yes", user: "delegation-ukr");
        ballot.EnsureSuccessStatusCode();
        console.WaitForAssertion(() => Assert.Equal(scene.Voted(1), console.Find("[data-testid=voted-count]").TextContent));
        (ballot, _) = await scene.App.BallotAsync(ChairScene.Meeting, "FRA", "abstain", user: "delegation-fra");
        ballot.EnsureSuccessStatusCode();
        console.WaitForAssertion(() => Assert.Equal(scene.Voted(2), console.Find("[data-testid=voted-count]").TextContent));
        Assert.Equal("1", console.Find("[data-testid=yes-count]").TextContent);
        Assert.Equal("1", console.Find("[data-testid=abstain-count]").TextContent);
    }

    [Fact]
    public async Task The_roll_call_calls_each_State_in_order_from_the_one_drawn_and_records_the_answers()
    {
        await using var scene = await ChairScene.StartAsync();
        var (opened, _) = await scene.App.PostAsync($"/api/meetings/{ChairScene.Meeting}/votes", new { on = ChairScene.Draft, question = "important", method = "roll-call" });
        opened.EnsureSuccessStatusCode();
        var question = (await scene.ViewAsync()).Meeting.Current!;
        var order = question.CallOrder.Where(s => !question.CannotVote.ContainsKey(s)).Take(3).ToList();
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => Assert.Equal(order[0].Value, console.Find("[data-testid=called-state]").GetAttribute("data-state")));

        console.FindAll("[data-testid=roll-call] .answers button")[0].Click();
        console.WaitForAssertion(() => Assert.Equal(order[1].Value, console.Find("[data-testid=called-state]").GetAttribute("data-state")));
        console.FindAll("[data-testid=roll-call] .answers button")[3].Click();
        console.WaitForAssertion(() => Assert.Equal(order[2].Value, console.Find("[data-testid=called-state]").GetAttribute("data-state")));
        console.FindAll("[data-testid=roll-call] .answers button")[1].Click();

        console.WaitForAssertion(() => Assert.Equal(scene.Voted(2), console.Find("[data-testid=voted-count]").TextContent));
        var current = (await scene.ViewAsync()).Meeting.Current!;
        Assert.Equal(Vote.Yes, current.BallotOf(order[0]));
        Assert.Null(current.BallotOf(order[1]));
        Assert.Equal(Vote.No, current.BallotOf(order[2]));
    }

    [Fact]
    public async Task In_the_Council_a_vote_must_name_each_State_and_parties_may_be_made_to_abstain()
    {
        await using var scene = await ChairScene.StartAsync("president-sc", "SC");
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => console.Find("#vote-on"));
        Assert.Equal(15, console.FindAll(".parties input[type=checkbox]").Count);
        Assert.Contains("9 affirmative votes, including the concurring votes of the permanent members", console.Find("[data-testid=majority]").TextContent, StringComparison.Ordinal);

        console.Find("#vote-on").Change(ChairScene.Draft);
        console.Find("#vote-method").Change("non-recorded");
        console.Find("section[aria-labelledby=vote-heading] form").Submit();
        console.WaitForAssertion(() => Assert.Contains(
            "each State's vote must be recorded",
            console.Find("section[aria-labelledby=vote-heading] [role=alert]").TextContent,
            StringComparison.Ordinal));
        Assert.Null((await scene.ViewAsync()).Meeting.Current);
        Assert.NotEmpty(console.FindAll("[data-testid=procedure]"));
    }

    [Fact]
    public async Task Signed_out_the_console_asks_to_sign_in_as_the_chair()
    {
        await using var scene = await ChairScene.StartAsync(user: null);
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => Assert.Contains("Sign in", console.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/sign-in?returnUrl=%2Fmeetings%2Fchair-test%2Fchair", console.Find("a").GetAttribute("href"));
        Assert.Empty(console.FindAll("#vote-on"));
    }

    [Fact]
    public async Task A_delegation_is_told_the_console_is_the_chairs()
    {
        await using var scene = await ChairScene.StartAsync(user: "delegation-ukr");
        var console = scene.RenderConsole();
        console.WaitForAssertion(() => Assert.Contains("Only the President of this body", console.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(console.FindAll("#vote-on"));
    }
}
