using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>A substantive vote of the Security Council that a permanent member's negative vote defeats, as the board shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityCouncilVetoFlowTests
{
    private readonly Chromium _chromium;

    public SecurityCouncilVetoFlowTests(Chromium chromium)
    {
        _chromium = chromium;
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    [Fact]
    public async Task A_permanent_member_voting_no_vetoes_the_draft_and_the_board_shows_the_veto()
    {
        await using var board = await _chromium.OpenAsync("board");
        var scene = await Scene.StartAsync(_chromium.App);
        var meeting = await scene.OpenMeetingAsync("SC");
        var draft = await scene.SubmitDraftAsync("SC", "FRA", "Deploring the aggression (end-to-end test)");

        var probe = new BoardProbe(board.Page);
        await BoardProbe.InstallAsync(board.Context);
        await probe.OpenAsync(meeting);

        await using var chair = await _chromium.OpenAsync("chair");
        await chair.SignInAsync("president-sc", $"/meetings/{meeting}/chair");
        await Consoles.ReadyAsync(chair.Page);
        await Consoles.OpenVoteAsync(chair.Page, draft, "substantive", "recorded", () =>
            Assertions.Expect(chair.Page.GetByTestId("voted-count")).ToHaveTextAsync(Consoles.Count(0)));

        var members = await scene.MembersAsync(meeting);
        Assert.Equal(15, members.Count);
        var permanent = members.Where(m => m.Permanent).Select(m => m.State).ToList();
        Assert.Equal(5, permanent.Count);
        await Assertions.Expect(board.Page.Locator("li[data-state]")).ToHaveCountAsync(15);
        foreach (var state in permanent)
        {
            await Assertions.Expect(probe.Light(state)).ToHaveAttributeAsync("data-permanent", "true");
        }

        // One permanent member votes no from its console, one elected member yes from its own; the rest vote yes over the API.
        var vetoing = permanent.Contains("RUS") ? "RUS" : permanent[^1];
        var elected = members.First(m => !m.Permanent).State;
        await using var veto = await _chromium.OpenAsync("delegation " + vetoing);
        await veto.SignInAsync("delegation-" + vetoing.ToLowerInvariant(), $"/meetings/{meeting}/delegation");
        await Consoles.ReadyAsync(veto.Page);
        await using var member = await _chromium.OpenAsync("delegation " + elected);
        await member.SignInAsync("delegation-" + elected.ToLowerInvariant(), $"/meetings/{meeting}/delegation");
        await Consoles.ReadyAsync(member.Page);

        await Consoles.VoteAsync(member.Page, "Yes");
        await Assertions.Expect(probe.Light(elected)).ToHaveAttributeAsync("data-vote", "yes");
        await Consoles.VoteAsync(veto.Page, "No");
        await Assertions.Expect(probe.Light(vetoing)).ToHaveAttributeAsync("data-vote", "no");
        await veto.ScreenshotAsync("veto-delegation");
        await veto.AssertAccessibleAsync();

        foreach (var (state, _, _) in members.Where(m => m.State != vetoing && m.State != elected))
        {
            await scene.CastAsync(meeting, state, "yes");
            await Assertions.Expect(probe.Light(state)).ToHaveAttributeAsync("data-vote", "yes");
        }

        await Assertions.Expect(board.Page.GetByTestId("yes-count")).ToHaveTextAsync(Consoles.Count(14));
        await Assertions.Expect(board.Page.GetByTestId("no-count")).ToHaveTextAsync(Consoles.Count(1));
        await Assertions.Expect(chair.Page.GetByTestId("voted-count")).ToHaveTextAsync(Consoles.Count(15));
        await board.ScreenshotAsync("veto-board-voting");

        await Consoles.AnnounceLockAsync(chair.Page, 1, () => Assertions.Expect(board.Page.GetByTestId("countdown")).ToBeVisibleAsync());
        await RecordedVoteFlowTests.WaitForLockTimeAsync(scene, meeting);
        await Consoles.LockAndAnnounceAsync(
            chair.Page,
            () => RecordedVoteFlowTests.WaitUntilClosedAsync(scene, meeting),
            () => Assertions.Expect(board.Page.GetByTestId("outcome")).ToHaveAttributeAsync("data-outcome", "vetoed"));

        await Assertions.Expect(probe.Light(vetoing)).ToHaveAttributeAsync("data-veto", "true");
        await Assertions.Expect(board.Page.Locator("li[data-veto='true']")).ToHaveCountAsync(1);
        await probe.AssertNotReloadedAsync();
        var decision = (await scene.GetAsync($"/api/meetings/{meeting}/votes/1"))["decision"]!;
        Assert.Equal("vetoed", decision["outcome"]!.GetValue<string>());
        await board.ScreenshotAsync("veto-board-outcome");
        await board.AssertAccessibleAsync();
        await chair.ScreenshotAsync("veto-chair");
        await chair.AssertAccessibleAsync();

        await using var result = await _chromium.OpenAsync("result");
        await result.Page.GotoAsync($"/meetings/{meeting}/votes/1");
        await Assertions.Expect(result.Page.GetByTestId("yes-count")).ToHaveTextAsync(Consoles.Count(14));
        await Assertions.Expect(result.Page.GetByTestId("no-count")).ToHaveTextAsync(Consoles.Count(1));
        await Assertions.Expect(result.Page.GetByTestId("abstain-count")).ToHaveTextAsync(Consoles.Count(0));
        await result.ScreenshotAsync("veto-result");
        await result.AssertAccessibleAsync();

        foreach (var tab in new[] { board, chair, veto, member, result })
        {
            tab.AssertNoErrors();
        }
    }
}
