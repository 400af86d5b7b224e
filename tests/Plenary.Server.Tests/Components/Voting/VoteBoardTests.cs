using System.Net;
using Bunit;
using Plenary.Server.Components.Voting;
using Plenary.Server.Tests.Live;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Components.Voting;

/// <summary>The board of the Assembly's vote on A/ES-11/L.1 (2 March 2022) and of the Council's on S/2022/155, read from a real app.</summary>
public sealed class VoteBoardTests : IAsyncLifetime
{
    private readonly PlenaryApp _app = new();

    public async ValueTask InitializeAsync() => await LiveMeeting.OpenAsync(_app);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Each_light_has_its_colour_class_letter_and_accessible_name_and_is_blank_until_cast()
    {
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "UKR", "yes"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "RUS", "no"));
        await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", "CHN", "abstain"));
        using var context = BoardScene.Context(_app);

        var board = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "ga"));

        Assert.Equal(193, board.FindAll("ol.lights > li[data-state]").Count);
        Assert.Equal(("yes", "Y", "Ukraine: Yes"), Light(board, "UKR"));
        Assert.Equal(("no", "N", "Russian Federation: No"), Light(board, "RUS"));
        Assert.Equal(("abstain", "A", "China: Abstain"), Light(board, "CHN"));
        Assert.Equal(("none", string.Empty, "France: Not voted yet"), Light(board, "FRA"));
        Assert.Contains("vote-yes", board.Find("li[data-state=UKR]").ClassList);
        Assert.Null(board.Find("li[data-state=UKR]").GetAttribute("data-no-vote"));
    }

    [Fact]
    public async Task A_State_without_a_vote_under_Article_19_and_the_observer_States_are_marked()
    {
        using var context = BoardScene.Context(_app);

        var board = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "ga"));

        var venezuela = board.Find("li[data-state=VEN]");
        Assert.Equal("article-19", venezuela.GetAttribute("data-no-vote"));
        Assert.Equal(("none", "–", "Venezuela (Bolivarian Republic of): No vote (Article 19)"), Light(board, "VEN"));
        Assert.Contains("Art. 19", venezuela.TextContent, StringComparison.Ordinal);
        Assert.Single(board.FindAll("ol.lights > li[data-no-vote]"));
        var observers = board.FindAll("ul.observers > li[data-state]");
        Assert.Equal(["PSE", "VAT"], observers.Select(o => o.GetAttribute("data-state")).Order(StringComparer.Ordinal));
        Assert.All(observers, o => Assert.Equal("observer", o.GetAttribute("data-no-vote")));
    }

    [Fact]
    public async Task The_totals_show_the_two_thirds_majority_and_how_many_more_yes_it_needs()
    {
        foreach (var (state, vote) in new[] { ("UKR", "yes"), ("POL", "yes"), ("RUS", "no"), ("BLR", "no"), ("CHN", "abstain") })
        {
            await Expect(HttpStatusCode.OK, _app.BallotAsync("ga", state, vote));
        }

        using var context = BoardScene.Context(_app);

        var board = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "ga"));

        Assert.Equal("2", board.Find("[data-testid=yes-count]").TextContent);
        Assert.Equal("2", board.Find("[data-testid=no-count]").TextContent);
        Assert.Equal("1", board.Find("[data-testid=abstain-count]").TextContent);
        Assert.Equal("188", board.Find("[data-testid=non-voting-count]").TextContent);
        var required = board.Find("[data-testid=required]").TextContent;
        Assert.Contains("Two-thirds of those present and voting: 3 of 4", required, StringComparison.Ordinal);
        Assert.Contains("needs 2 more yes", required, StringComparison.Ordinal);
        Assert.Empty(board.FindAll("[data-testid=outcome]"));
        Assert.Empty(board.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public async Task The_Council_board_marks_the_permanent_members_and_shows_the_veto_as_such()
    {
        await BoardScene.CouncilVoteAsync(_app);
        using var context = BoardScene.Context(_app);

        var open = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "sc"));
        Assert.Equal(15, open.FindAll("li[data-state]").Count);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], open.FindAll("li[data-permanent=true]").Select(l => l.GetAttribute("data-state")).Order(StringComparer.Ordinal));
        Assert.Equal("France: Yes, Permanent member", open.Find("li[data-state=FRA]").GetAttribute("aria-label"));
        Assert.Contains("vetoed as it stands: a permanent member votes no: Russian Federation", open.Find("[data-testid=required]").TextContent, StringComparison.Ordinal);
        Assert.Empty(open.FindAll("[data-veto]"));

        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/sc/votes/current/close"));
        await Expect(HttpStatusCode.OK, _app.PostAsync("/api/meetings/sc/votes/current/announce"));
        var announced = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "sc"));

        var outcome = announced.Find("[data-testid=outcome]");
        Assert.Equal("vetoed", outcome.GetAttribute("data-outcome"));
        Assert.Contains("Not adopted owing to the negative vote of a permanent member (Russian Federation)", outcome.TextContent, StringComparison.Ordinal);
        var veto = Assert.Single(announced.FindAll("li[data-veto=true]"));
        Assert.Equal("RUS", veto.GetAttribute("data-state"));
        Assert.Equal("Russian Federation: No, Permanent member, Veto", veto.GetAttribute("aria-label"));
        Assert.Equal("11", announced.Find("[data-testid=yes-count]").TextContent);
        Assert.Contains("9 affirmative votes, including the concurring votes of the permanent members", announced.Find("[data-testid=required]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_without_a_question_says_so()
    {
        await Expect(HttpStatusCode.Created, _app.PostAsync("/api/meetings", new { id = "quiet", body = "GA", date = "2022-03-02" }));
        using var context = BoardScene.Context(_app);

        var board = BoardScene.Render(context, await BoardScene.ReadAsync(_app, "quiet"));

        Assert.Equal("No question has been put to the vote in this meeting yet.", board.Find("[data-testid=no-vote]").TextContent);
        Assert.Empty(board.FindAll("li[data-state]"));
    }

    private static (string? Vote, string Letter, string? Name) Light(IRenderedComponent<VoteBoard> board, string state)
    {
        var light = board.Find($"li[data-state={state}]");
        return (light.GetAttribute("data-vote"), light.QuerySelector(".lamp")!.TextContent, light.GetAttribute("aria-label"));
    }
}
