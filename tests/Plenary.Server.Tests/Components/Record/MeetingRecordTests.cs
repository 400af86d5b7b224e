using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Pages;
using Plenary.Server.Components.Record;
using Plenary.Server.Hosting;
using Plenary.Server.Tests.Components.Delegation;

namespace Plenary.Server.Tests.Components.Record;

public sealed class MeetingRecordTests
{
    [Fact]
    public async Task The_ES_11_record_lists_resolution_ES_11_1_adopted_141_5_35_with_each_States_vote()
    {
        await using var app = new PlenaryApp(seed: true);
        var id = await MeetingIdAsync(app, "A/ES-11/PV.5");
        var view = await app.Services.GetRequiredService<MeetingWatch>().ReadAsync(id, Xunit.TestContext.Current.CancellationToken);
        await using var context = new BunitContext();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");

        var record = context.Render<RecordDocument>(p => p.Add(r => r.Meeting, view!));

        Assert.Equal("A/ES-11/PV.5", record.Find("[data-testid=record-symbol]").TextContent);
        Assert.Equal("ES-11", record.Find("[data-testid=record-session]").TextContent);
        var decision = record.Find("[data-testid=decision]");
        Assert.Equal("A/ES-11/L.1", decision.GetAttribute("data-on"));
        Assert.Equal("adopted", decision.GetAttribute("data-outcome"));
        Assert.Equal("(141-5-35)", decision.QuerySelector("[data-testid=tally]")!.TextContent);
        Assert.Equal(["141", "5", "35"], new[] { "yes", "no", "abstain" }.Select(k => decision.QuerySelector($"[data-testid={k}-count]")!.TextContent));
        Assert.Contains("Russian Federation", decision.QuerySelector("dd[data-group=no]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ukraine", decision.QuerySelector("dd[data-group=yes]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A/RES/ES-11/1", record.Find("[data-testid=resolutions]").TextContent, StringComparison.Ordinal);
        Assert.Contains(record.FindAll("[data-testid=speakers] li"), li => li.GetAttribute("data-kind") == "explanation-before-vote" && li.GetAttribute("data-state") == "CHN");
    }

    [Fact]
    public async Task The_record_page_reads_the_meeting_from_its_id_and_says_when_there_is_none()
    {
        await using var app = new PlenaryApp(seed: true);
        var id = await MeetingIdAsync(app, "S/PV.8979");
        await using var context = await ConsoleContext.CreateAsync(app, null, interactive: false);

        var page = context.Render<MeetingRecord>(p => p.Add(r => r.Id, id));
        Assert.Equal("vetoed", page.Find("[data-testid=decision]").GetAttribute("data-outcome"));
        Assert.Contains("Russian Federation", page.Find("[data-testid=vetoed-by]").TextContent, StringComparison.Ordinal);

        var missing = context.Render<MeetingRecord>(p => p.Add(r => r.Id, "no-such-meeting"));
        Assert.Contains("There is no meeting with this id.", missing.Markup, StringComparison.Ordinal);
    }

    private static async Task<string> MeetingIdAsync(PlenaryApp app, string symbol)
    {
        var batch = await app.Services.GetRequiredService<Chamber>().Secretariat.ReadAsync(Xunit.TestContext.Current.CancellationToken);
        return batch.Meetings().Single(m => m.Symbol == symbol).Id;
    }
}
