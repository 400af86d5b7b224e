using System.Net;
using Bunit;
using Plenary.Server.Components.Pages;
using Plenary.Server.Tests.Live;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Components.Voting;

/// <summary>The board page follows the meeting: a vote cast through the app lights up without a reload.</summary>
public sealed class LiveBoardTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_vote_cast_through_the_app_lights_up_on_the_open_board()
    {
        using var context = BoardScene.Context(_app);
        var page = context.Render<Board>(p => p.Add(b => b.Id, "ga"));
        page.WaitForAssertion(() => Assert.Equal("none", page.Find("li[data-state=UKR]").GetAttribute("data-vote")));
        var before = long.Parse(page.Find("[data-testid=board]").GetAttribute("data-version")!, System.Globalization.CultureInfo.InvariantCulture);

        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));

        page.WaitForAssertion(() =>
        {
            Assert.Equal("yes", page.Find("li[data-state=UKR]").GetAttribute("data-vote"));
            Assert.Equal("1", page.Find("[data-testid=yes-count]").TextContent);
            Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid=board]").GetAttribute("data-version"));
        });
    }

    [Fact]
    public void An_unknown_meeting_says_so()
    {
        using var context = BoardScene.Context(_app);

        var page = context.Render<Board>(p => p.Add(b => b.Id, "nowhere"));

        page.WaitForAssertion(() => Assert.Contains("There is no meeting with this id.", page.Markup, StringComparison.Ordinal));
    }
}
