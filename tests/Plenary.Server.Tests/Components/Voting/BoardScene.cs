using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Voting;
using static Plenary.Server.Tests.Es11StoryTests;

namespace Plenary.Server.Tests.Components.Voting;

/// <summary>Sets up meetings through the API of a real app and renders its board components with bUnit.</summary>
internal static class BoardScene
{
    public static readonly string[] CouncilYes = ["ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA"];
    public static readonly string[] CouncilAbstain = ["CHN", "IND", "ARE"];

    /// <summary>A context that renders as an interactive page would, with the app's services and clock.</summary>
    public static BunitContext Context(PlenaryApp app, TimeProvider? clock = null)
    {
        var context = new BunitContext();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        context.Services.AddSingleton(clock ?? TimeProvider.System);
        context.Services.AddSingleton(app.Services.GetRequiredService<MeetingWatch>());
        context.SetRendererInfo(new RendererInfo("Server", true));
        return context;
    }

    public static async Task<BoardModel> ReadAsync(PlenaryApp app, string meeting)
    {
        var view = await app.Services.GetRequiredService<MeetingWatch>().ReadAsync(meeting, Xunit.TestContext.Current.CancellationToken);
        return BoardModel.From(view!, "en");
    }

    public static IRenderedComponent<VoteBoard> Render(BunitContext context, BoardModel model) =>
        context.Render<VoteBoard>(p => p.Add(b => b.Model, model));

    /// <summary>The Council meeting of 25 February 2022 with S/2022/155 put to the vote and every member's vote cast as it was.</summary>
    public static async Task CouncilVoteAsync(PlenaryApp app)
    {
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/meetings", new { id = "sc", body = "SC", date = "2022-02-25", symbol = "S/PV.8979" }));
        await Expect(HttpStatusCode.Created, app.PostAsync("/api/drafts", new { symbol = "S/2022/155", body = "SC", date = "2022-02-25", title = "Deploring the aggression against Ukraine", sponsors = new[] { "ALB", "USA" } }));
        await Expect(HttpStatusCode.OK, app.PostAsync("/api/meetings/sc/votes", new { on = "S/2022/155", question = "substantive", method = "recorded" }));
        foreach (var state in CouncilYes)
        {
            await Expect(HttpStatusCode.OK, app.BallotAsync("sc", state, "yes"));
        }

        await Expect(HttpStatusCode.OK, app.BallotAsync("sc", "RUS", "no"));
        foreach (var state in CouncilAbstain)
        {
            await Expect(HttpStatusCode.OK, app.BallotAsync("sc", state, "abstain"));
        }
    }
}
