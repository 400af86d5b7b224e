using Bunit;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.VoteResults;

namespace Plenary.Server.Tests.Components.VoteResults;

/// <summary>The regional groups, the hemicycle and the world map of the ES-11/1 vote, from the demo history.</summary>
public sealed class ChartTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task The_regional_breakdown_counts_each_groups_votes_on_ES_11_1()
    {
        var result = await Results.Es11Async(seeded.App);
        using var context = Results.Context();
        var cut = context.Render<RegionalBreakdown>(p => p.Add(c => c.Result, result));

        int[] Counts(string group) => [.. new[] { "yes", "no", "abstain", "none", "total" }
            .Select(k => int.Parse(cut.Find($"tr[data-group={group}] td[data-count={k}]").TextContent, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal([28, 1, 17, 8, 54], Counts("African"));
        Assert.Equal([36, 2, 13, 2, 53], Counts("AsiaPacific"));
        Assert.Equal([19, 2, 1, 1, 23], Counts("EasternEuropean"));
        Assert.Equal([28, 0, 4, 1, 33], Counts("LatinAmericanAndCaribbean"));
        Assert.Equal([29, 0, 0, 0, 29], Counts("WesternEuropeanAndOthers"));
        Assert.Equal([1, 0, 0, 0, 1], Counts("None"));
        Assert.Equal("African States", cut.Find("tr[data-group=African] th").TextContent);
    }

    [Fact]
    public async Task The_hemicycle_has_a_seat_per_member_coloured_and_lettered_by_its_vote()
    {
        var result = await Results.Es11Async(seeded.App);
        using var context = Results.Context();
        var cut = context.Render<Hemicycle>(p => p.Add(c => c.Result, result));

        Assert.Equal(193, cut.FindAll("g.seat").Count);
        Assert.Equal(141, cut.FindAll("g.seat.yes").Count);
        Assert.Equal(5, cut.FindAll("g.seat.no").Count);
        Assert.Equal(35, cut.FindAll("g.seat.abstain").Count);
        Assert.Equal(12, cut.FindAll("g.seat.none").Count);
        Assert.All(cut.FindAll("g.seat.no"), seat => Assert.Equal("N", seat.QuerySelector("text")!.TextContent));
        var ukraine = cut.Find("g.seat[data-state=UKR]");
        Assert.Equal("yes", ukraine.GetAttribute("data-vote"));
        Assert.Equal("Ukraine: Yes", ukraine.QuerySelector("title")!.TextContent);
        Assert.Contains("193 seats: 141 yes", cut.Find("desc").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hemicycle_of_a_non_recorded_vote_shows_the_counts_without_States()
    {
        using var context = Results.Context();
        var result = Results.Decided(VoteOutcome.Adopted, 9, 2, 3, VoteMethod.NonRecorded, nonVoting: 1, body: BodyId.SecurityCouncil);
        var cut = context.Render<Hemicycle>(p => p.Add(c => c.Result, result));
        Assert.Equal(15, cut.FindAll("g.seat").Count);
        Assert.Equal(9, cut.FindAll("g.seat.yes").Count);
        Assert.Empty(cut.FindAll("g.seat[data-state]"));
    }

    [Fact]
    public async Task The_world_map_colours_each_States_country_by_its_vote_and_shows_small_States_as_dots()
    {
        var result = await Results.Es11Async(seeded.App);
        using var context = Results.Context();
        var cut = context.Render<WorldMap>(p => p.Add(c => c.Result, result));

        var ukraine = cut.Find("path[data-state=UKR]");
        Assert.Equal("yes", ukraine.GetAttribute("data-vote"));
        Assert.Contains("yes", ukraine.ClassList);
        Assert.StartsWith("M", ukraine.GetAttribute("d"), StringComparison.Ordinal);
        Assert.Equal("no", cut.Find("path[data-state=RUS]").GetAttribute("data-vote"));
        Assert.Equal("abstain", cut.Find("path[data-state=CHN]").GetAttribute("data-vote"));
        Assert.Equal("none", cut.Find("path[data-state=VEN]").GetAttribute("data-vote"));
        Assert.Equal("yes", cut.Find("circle.dot[data-state=MCO]").GetAttribute("data-vote"));
        Assert.Equal(193, cut.FindAll("[data-state]").Count);
        Assert.Contains("141 yes", cut.Find("desc").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_map_draws_the_shapes_it_is_given_and_leaves_non_members_grey()
    {
        var square = new TopoShape("804", "Ukraine", [[[new(22, 45), new(40, 45), new(40, 52), new(22, 52), new(22, 45)]]]);
        var other = new TopoShape("304", "Greenland", [[[new(-50, 60), new(-30, 60), new(-30, 80), new(-50, 60)]]]);
        var shapes = WorldMapShapes.From([square, other], [("MCO", new GeoPoint(7.42, 43.74))], id => id == "804");
        using var context = Results.Context();
        var result = Results.Decided(VoteOutcome.Adopted, 1, 1, 0, rows: [Results.Row("UKR", Vote.No, RegionalGroup.EasternEuropean, "804", "Ukraine"), Results.Row("MCO", Vote.Yes, m49: "492")]);
        var cut = context.Render<WorldMap>(p => p.Add(c => c.Result, result).Add(c => c.Geometry, shapes));
        Assert.Equal("no", cut.Find("path[data-state=UKR]").GetAttribute("data-vote"));
        Assert.Equal("Ukraine: No", cut.Find("path[data-state=UKR] title").TextContent);
        Assert.Single(cut.FindAll("path.other"));
        Assert.Single(cut.FindAll("circle.dot[data-state=MCO]"));
    }

    [Fact]
    public async Task The_record_lists_each_State_in_the_chosen_language()
    {
        var result = await Results.Es11Async(seeded.App, "fr");
        using var context = Results.Context("fr");
        var cut = context.Render<StateRecord>(p => p.Add(c => c.Result, result));
        Assert.Equal(193, cut.FindAll("tbody tr").Count);
        var row = cut.Find("tr[data-state=DZA]");
        Assert.Equal("Algérie", row.QuerySelector("th")!.TextContent);
        Assert.Contains("Abstention", row.QuerySelector("td")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("none", cut.Find("tr[data-state=VEN]").GetAttribute("data-vote"));
    }
}
