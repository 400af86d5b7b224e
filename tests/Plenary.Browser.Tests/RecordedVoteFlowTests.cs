using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>A recorded vote of the Assembly run the way the hall runs it: the President on the chair's console, delegations on theirs, the public on the board.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordedVoteFlowTests
{
    private readonly Chromium _chromium;

    public RecordedVoteFlowTests(Chromium chromium)
    {
        _chromium = chromium;

        // Two cores, shared: a light may take a few seconds to change under load, never a reload.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    [Fact]
    public async Task The_chair_runs_a_recorded_vote_while_delegations_vote_and_the_board_lights_up_live()
    {
        await using var board = await _chromium.OpenAsync("board");
        var scene = await Scene.StartAsync(_chromium.App);
        var meeting = await scene.OpenMeetingAsync("GA");
        var draft = await scene.SubmitDraftAsync("GA", "UKR", "Aggression against Ukraine (end-to-end test)");

        var probe = new BoardProbe(board.Page);
        await BoardProbe.InstallAsync(board.Context);
        await probe.OpenAsync(meeting);

        await using var chair = await _chromium.OpenAsync("chair");
        await chair.SignInAsync("president-ga", $"/meetings/{meeting}/chair");
        await Consoles.ReadyAsync(chair.Page);
        await chair.AssertAccessibleAsync();
        await Consoles.OpenVoteAsync(chair.Page, draft, "important", "recorded", async () =>
        {
            await Assertions.Expect(chair.Page.GetByTestId("voted-count")).ToHaveTextAsync(Consoles.Count(0));
            await Assertions.Expect(probe.Light("UKR")).ToHaveAttributeAsync("data-vote", "none");
        });
        Assert.Equal(1, (await scene.GetAsync($"/api/meetings/{meeting}/votes/current"))["number"]!.GetValue<int>());
        await Assertions.Expect(board.Page.Locator("li[data-state]:not([data-no-vote=observer])")).ToHaveCountAsync(193);
        await chair.ScreenshotAsync("recorded-vote-chair-open");

        var delegations = new Dictionary<string, Tab>();
        try
        {
            foreach (var state in new[] { "UKR", "FRA", "BRA" })
            {
                var tab = await _chromium.OpenAsync("delegation " + state);
                delegations[state] = tab;
                await tab.SignInAsync("delegation-" + state.ToLowerInvariant(), $"/meetings/{meeting}/delegation");
                await Consoles.ReadyAsync(tab.Page);
                await Assertions.Expect(Consoles.Button(tab.Page, "Yes")).ToBeVisibleAsync();
            }

            await delegations["UKR"].AssertAccessibleAsync();
            await delegations["UKR"].ScreenshotAsync("recorded-vote-delegation-before");

            var votes = new (string State, string Vote)[] { ("UKR", "Yes"), ("FRA", "Yes"), ("BRA", "Abstain"), ("BRA", "Yes") };
            for (var i = 0; i < votes.Length; i++)
            {
                var (state, vote) = votes[i];
                var before = await probe.Board.GetAttributeAsync("data-version");
                await Consoles.VoteAsync(delegations[state].Page, vote);
                await Assertions.Expect(probe.Light(state)).ToHaveAttributeAsync("data-vote", vote.ToLowerInvariant());
                await Assertions.Expect(probe.Board).Not.ToHaveAttributeAsync("data-version", before!);
                var voted = votes.Take(i + 1).Select(v => v.State).Distinct().Count();
                await Assertions.Expect(chair.Page.GetByTestId("voted-count")).ToHaveTextAsync(Consoles.Count(voted));
            }

            await Assertions.Expect(delegations["BRA"].Page.GetByTestId("current-choice")).ToContainTextAsync("Yes");
            await Assertions.Expect(Consoles.Button(delegations["BRA"].Page, "Abstain")).ToHaveAttributeAsync("aria-pressed", "false");
            await probe.AssertShownInOrderAsync("UKR", "none", "yes");
            await probe.AssertShownInOrderAsync("BRA", "none", "abstain", "yes");
            await Assertions.Expect(board.Page.GetByTestId("yes-count")).ToHaveTextAsync(Consoles.Count(3));
            await Assertions.Expect(board.Page.GetByTestId("abstain-count")).ToHaveTextAsync(Consoles.Count(0));
            await Assertions.Expect(board.Page.GetByTestId("required")).Not.ToBeEmptyAsync();

            // A decision needs a quorum (rule 67: 97 members present): a hundred more delegations vote over the API.
            var others = (await scene.MembersAsync(meeting)).Where(m => m.NoVote is null && !delegations.ContainsKey(m.State)).Take(100).ToList();
            for (var i = 0; i < others.Count; i++)
            {
                await scene.CastAsync(meeting, others[i].State, i < 80 ? "yes" : i < 90 ? "no" : "abstain");
            }

            await Assertions.Expect(probe.Light(others[^1].State)).ToHaveAttributeAsync("data-vote", "abstain");
            await Assertions.Expect(board.Page.GetByTestId("yes-count")).ToHaveTextAsync(Consoles.Count(83));
            await Assertions.Expect(board.Page.GetByTestId("no-count")).ToHaveTextAsync(Consoles.Count(10));
            await Assertions.Expect(board.Page.GetByTestId("abstain-count")).ToHaveTextAsync(Consoles.Count(10));
            await Assertions.Expect(chair.Page.GetByTestId("voted-count")).ToHaveTextAsync(Consoles.Count(103));
            await probe.AssertNotReloadedAsync();
            await board.ScreenshotAsync("recorded-vote-board-voting");
            await delegations["BRA"].ScreenshotAsync("recorded-vote-delegation-changed");
            await delegations["BRA"].AssertAccessibleAsync();

            await Consoles.AnnounceLockAsync(chair.Page, 2, () => Assertions.Expect(board.Page.GetByTestId("countdown")).ToBeVisibleAsync());
            await board.ScreenshotAsync("recorded-vote-board-countdown");
            await WaitForLockTimeAsync(scene, meeting);
            await Consoles.LockAndAnnounceAsync(
                chair.Page,
                () => RecordedVoteFlowTests.WaitUntilClosedAsync(scene, meeting),
                () => Assertions.Expect(board.Page.GetByTestId("outcome")).ToHaveAttributeAsync("data-outcome", "adopted"));
            await probe.AssertNotReloadedAsync();
            await Assertions.Expect(probe.Board).ToHaveAttributeAsync("data-version", (await scene.VersionAsync(meeting)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await board.ScreenshotAsync("recorded-vote-board-outcome");
            await board.AssertAccessibleAsync();
            await chair.ScreenshotAsync("recorded-vote-chair-announced");
            await chair.AssertAccessibleAsync();

            var record = await scene.GetAsync($"/api/meetings/{meeting}/votes/1");
            var tally = record["tally"]!;
            Assert.Equal([83, 10, 10], new[] { "yes", "no", "abstain" }.Select(k => tally[k]!.GetValue<int>()));
            await using var result = await _chromium.OpenAsync("result");
            await result.Page.GotoAsync($"/meetings/{meeting}/votes/1");
            foreach (var kind in new[] { "yes", "no", "abstain" })
            {
                await Assertions.Expect(result.Page.GetByTestId(kind + "-count")).ToHaveTextAsync(Consoles.Count(tally[kind]!.GetValue<int>()));
            }

            await Assertions.Expect(result.Page.GetByTestId("result-line")).ToContainTextAsync("adopted");
            await Assertions.Expect(result.Page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" })).ToBeVisibleAsync();
            await Assertions.Expect(result.Page.GetByRole(AriaRole.Link, new() { Name = "Download JSON" })).ToBeVisibleAsync();
            await result.ScreenshotAsync("recorded-vote-result");
            await result.AssertAccessibleAsync();
            result.AssertNoErrors();
        }
        finally
        {
            foreach (var tab in delegations.Values)
            {
                tab.AssertNoErrors();
                await tab.DisposeAsync();
            }
        }

        chair.AssertNoErrors();
        board.AssertNoErrors();
    }

    /// <summary>The one wait on time: the announced countdown, read from the server (same machine, same clock).</summary>
    /// <summary>Waits until the API reports the vote locked: the console's click reaches the server over the circuit, not in the click's own round trip.</summary>
    internal static async Task WaitUntilClosedAsync(Scene scene, string meeting)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((await scene.GetAsync($"/api/meetings/{meeting}/votes/current"))["closed"]!.GetValue<bool>())
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The vote in {meeting} was not locked within 30 s of the chair's click.");
    }

    internal static async Task WaitForLockTimeAsync(Scene scene, string meeting)
    {
        var current = await scene.GetAsync($"/api/meetings/{meeting}/votes/current");
        var locksAt = DateTimeOffset.Parse(current["locksAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var left = locksAt - TimeProvider.System.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left + TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }
    }
}
