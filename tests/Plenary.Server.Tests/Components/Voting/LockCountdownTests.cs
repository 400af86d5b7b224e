using System.Net;
using Bunit;
using Microsoft.Extensions.Time.Testing;
using Plenary.Server.Components.Voting;
using Plenary.Server.Tests.Live;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Components.Voting;

/// <summary>The countdown the chair's announcement starts, on the server's (fake) clock.</summary>
public sealed class LockCountdownTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2022, 3, 2, 15, 42, 5, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly PlenaryApp _app;

    public LockCountdownTests() => _app = new PlenaryApp(clock: _clock);

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_board_counts_down_each_second_from_the_announced_lock()
    {
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/ga/votes/current/announce-lock", new { seconds = 10 }, user: "president-ga"));
        using var context = BoardScene.Context(_app, _clock);

        var board = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "ga"));
        Assert.Equal("10", board.Find("[data-testid=countdown]").GetAttribute("data-seconds"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        board.WaitForAssertion(() => Assert.Equal("9", board.Find("[data-testid=countdown]").GetAttribute("data-seconds")));
        _clock.Advance(TimeSpan.FromSeconds(3));
        board.WaitForAssertion(() => Assert.Equal("6", board.Find("[data-testid=countdown]").GetAttribute("data-seconds")));
    }

    [Fact]
    public void When_the_time_is_up_the_countdown_says_the_voting_may_be_locked_and_stops()
    {
        using var context = BoardScene.Context(_app, _clock);
        var countdown = context.Render<LockCountdown>(p => p.Add(c => c.LocksAt, Start.AddSeconds(2)));
        Assert.Contains("seconds until the voting is locked", countdown.Markup, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(1));
        countdown.WaitForAssertion(() => Assert.Equal("1", countdown.Find("[data-testid=countdown]").GetAttribute("data-seconds")));
        _clock.Advance(TimeSpan.FromSeconds(1));
        countdown.WaitForAssertion(() => Assert.Equal("The countdown is over: the voting may now be locked", countdown.Find(".words").TextContent));

        var renders = countdown.RenderCount;
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(renders, countdown.RenderCount);
    }

    [Fact]
    public async Task A_disposed_countdown_no_longer_ticks()
    {
        using var context = BoardScene.Context(_app, _clock);
        var countdown = context.Render<LockCountdown>(p => p.Add(c => c.LocksAt, Start.AddSeconds(30)));
        var renders = countdown.RenderCount;

        await context.DisposeComponentsAsync();
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(renders, countdown.RenderCount);
    }
}
