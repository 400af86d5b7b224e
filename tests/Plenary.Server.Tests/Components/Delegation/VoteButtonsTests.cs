using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Delegation;

namespace Plenary.Server.Tests.Components.Delegation;

public sealed class VoteButtonsTests : IDisposable
{
    private readonly BunitContext _context = new();

    public VoteButtonsTests() => _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");

    [Fact]
    public void The_current_choice_is_pressed_and_shown()
    {
        var buttons = _context.Render<VoteButtons>(p => p.Add(b => b.Current, Vote.Yes));

        Assert.Equal(["true", "false", "false"], Pressed(buttons));
        Assert.Equal(["Yes", "No", "Abstain"], buttons.FindAll("button").Select(b => b.QuerySelector(".label")!.TextContent));
        Assert.Equal("Yes", buttons.Find("[data-testid=current-choice]").TextContent);
        Assert.All(buttons.FindAll("button"), b => Assert.False(b.HasAttribute("disabled")));
    }

    [Fact]
    public void Nothing_is_pressed_before_the_State_votes()
    {
        var buttons = _context.Render<VoteButtons>();

        Assert.Equal(["false", "false", "false"], Pressed(buttons));
        Assert.Equal("Not voted yet", buttons.Find("[data-testid=current-choice]").TextContent);
    }

    [Fact]
    public void Pressing_another_choice_changes_the_vote()
    {
        var cast = new List<Vote>();
        var buttons = _context.Render<VoteButtons>(p => p
            .Add(b => b.Current, Vote.Yes)
            .Add(b => b.OnVote, v => cast.Add(v)));

        buttons.Find("button[data-vote=no]").Click();
        Assert.Equal([Vote.No], cast);

        buttons.Render(p => p.Add(b => b.Current, Vote.No));
        Assert.Equal(["false", "true", "false"], Pressed(buttons));
        Assert.Equal("No", buttons.Find("[data-testid=current-choice]").TextContent);
    }

    [Fact]
    public void A_State_that_cannot_vote_sees_every_button_disabled_with_the_reason()
    {
        var cast = new List<Vote>();
        var buttons = _context.Render<VoteButtons>(p => p
            .Add(b => b.Reason, "An observer State takes part in the meeting without the right to vote.")
            .Add(b => b.OnVote, v => cast.Add(v)));

        Assert.All(buttons.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal("An observer State takes part in the meeting without the right to vote.", buttons.Find("#vote-reason").TextContent);
        Assert.Equal("vote-reason", buttons.Find("[role=group]").GetAttribute("aria-describedby"));
        Assert.Empty(cast);
    }

    [Fact]
    public void A_party_that_must_abstain_may_only_abstain()
    {
        var buttons = _context.Render<VoteButtons>(p => p
            .Add(b => b.Reason, "A party to the dispute must abstain.")
            .Add(b => b.OnlyAbstain, true));

        Assert.True(buttons.Find("button[data-vote=yes]").HasAttribute("disabled"));
        Assert.True(buttons.Find("button[data-vote=no]").HasAttribute("disabled"));
        Assert.False(buttons.Find("button[data-vote=abstain]").HasAttribute("disabled"));
    }

    [Fact]
    public void After_the_lock_voting_is_closed_and_the_recorded_choice_stays_shown()
    {
        var buttons = _context.Render<VoteButtons>(p => p
            .Add(b => b.Current, Vote.Abstain)
            .Add(b => b.Closed, true));

        Assert.All(buttons.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal(["false", "false", "true"], Pressed(buttons));
        Assert.Contains("Voting is closed", buttons.Find("#vote-reason").TextContent, StringComparison.Ordinal);
        Assert.Equal("Abstain", buttons.Find("[data-testid=current-choice]").TextContent);
        Assert.Contains("Your recorded vote", buttons.Find(".current").TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => _context.Dispose();

    private static List<string?> Pressed(IRenderedComponent<VoteButtons> buttons) =>
        [.. buttons.FindAll("button").Select(b => b.GetAttribute("aria-pressed"))];
}
