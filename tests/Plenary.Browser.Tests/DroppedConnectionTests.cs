using System.Globalization;
using Microsoft.Playwright;

namespace Plenary.Browser.Tests;

/// <summary>The board survives a dropped connection: it catches up with the votes cast while it was cut off, without a reload.</summary>
/// <remarks>
/// Chromium's offline emulation alone does not drop an open WebSocket: it holds its frames back
/// and delivers them when the network comes back. So the test goes offline (no new connection can
/// be made) and closes the page's WebSocket itself, as a lost network would; Blazor then tries to
/// reconnect, fails while offline, and resumes its circuit once online.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class DroppedConnectionTests
{
    /// <summary>What Blazor and Chromium report while the network is away: expected then, an error at any other time.</summary>
    private static readonly string[] OutageMessages =
    [
        "ERR_INTERNET_DISCONNECTED",
        "Failed to complete negotiation with the server",
        "Failed to start the connection",
        "WebSocket closed with status code",
        "Connection disconnected with error",
        "Failed to fetch",
    ];

    private readonly Chromium _chromium;

    public DroppedConnectionTests(Chromium chromium)
    {
        _chromium = chromium;

        // Blazor waits a few seconds between attempts to reconnect.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    [Fact]
    public async Task The_board_catches_up_with_the_votes_cast_while_its_connection_was_down_without_a_reload()
    {
        await using var board = await _chromium.OpenAsync("board");
        var scene = await Scene.StartAsync(_chromium.App);
        var meeting = await scene.OpenMeetingAsync("GA");
        var draft = await scene.SubmitDraftAsync("GA", "UKR", "Dropped connection (end-to-end test)");
        await scene.OpenVoteAsync(meeting, draft, "other");

        var probe = new BoardProbe(board.Page);
        await BoardProbe.InstallAsync(board.Context);
        await probe.OpenAsync(meeting);
        await board.Page.WaitForFunctionAsync("window.__plenary.sockets.some(s => s.readyState === WebSocket.OPEN)");
        await scene.CastAsync(meeting, "UKR", "yes");
        await Assertions.Expect(probe.Light("UKR")).ToHaveAttributeAsync("data-vote", "yes");
        board.AssertNoErrors();

        await board.Context.SetOfflineAsync(true);
        Assert.True(await probe.CloseSocketsAsync() > 0, "The board had no open WebSocket to drop.");
        await board.Page.WaitForFunctionAsync("window.__plenary.socketsClosed > 0");

        await scene.CastAsync(meeting, "FRA", "no");
        await scene.CastAsync(meeting, "BRA", "abstain");
        await scene.CastAsync(meeting, "UKR", "abstain");
        var version = await scene.VersionAsync(meeting);

        // Cut off, the board cannot have heard of them.
        await Assertions.Expect(probe.Light("FRA")).ToHaveAttributeAsync("data-vote", "none", new() { Timeout = 1 });
        await board.ScreenshotAsync("dropped-connection-board-offline");

        await board.Context.SetOfflineAsync(false);
        await Assertions.Expect(probe.Board).ToHaveAttributeAsync("data-version", version.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(probe.Light("FRA")).ToHaveAttributeAsync("data-vote", "no");
        await Assertions.Expect(probe.Light("BRA")).ToHaveAttributeAsync("data-vote", "abstain");
        await Assertions.Expect(probe.Light("UKR")).ToHaveAttributeAsync("data-vote", "abstain");
        await probe.AssertNotReloadedAsync();
        await board.Page.WaitForFunctionAsync("window.__plenary.sockets.some(s => s.readyState === WebSocket.OPEN)");

        // And it is live again: a vote cast now lights up as usual.
        await scene.CastAsync(meeting, "DEU", "yes");
        await Assertions.Expect(probe.Light("DEU")).ToHaveAttributeAsync("data-vote", "yes");
        await probe.AssertNotReloadedAsync();
        await board.ScreenshotAsync("dropped-connection-board-caught-up");
        await board.AssertAccessibleAsync();

        var unexpected = board.Errors.Where(e => !OutageMessages.Any(m => e.Contains(m, StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, "The board reported errors besides the outage:\n" + string.Join('\n', unexpected));
    }
}
