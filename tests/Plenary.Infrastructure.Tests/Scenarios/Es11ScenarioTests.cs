using Plenary.Infrastructure.Scenarios;

namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>The shipped scenarios/es-11-2022.yaml: the veto of 25 February 2022, S/RES/2623 (2022) and A/RES/ES-11/1.</summary>
public class Es11ScenarioTests
{
    private static readonly Lazy<ScenarioResult> Replayed =
        new(() => Scenario.Runner.RunFile(Path.Combine(Scenario.RepositoryRoot, "scenarios", "es-11-2022.yaml")));

    private static ScenarioResult Result
    {
        get
        {
            Assert.True(Replayed.Value.Succeeded, string.Join(Environment.NewLine, Replayed.Value.Errors));
            return Replayed.Value;
        }
    }

    [Fact]
    public void The_shipped_scenario_replays_with_exactly_three_decisions()
    {
        Assert.Equal("Eleventh emergency special session (2022)", Result.Title);
        Assert.Equal(["S/2022/155", "S/2022/160", "A/ES-11/L.1"], Result.Decisions.Select(d => d.Document));
    }

    [Fact]
    public void S_2022_155_is_vetoed_by_the_Russian_Federation_11_to_1_with_3_abstentions()
    {
        var veto = Result.Decisions[0];

        Assert.Equal(("SC", "2022-02-25", "substantive", "recorded"), (veto.Body, veto.Date, veto.Question, veto.Method));
        Assert.Equal((11, 1, 3, 0), (veto.Yes, veto.No, veto.Abstain, veto.NonVoting));
        Assert.Equal((9, "9-affirmative-with-permanent-concurrence"), (veto.Required, veto.Majority));
        Assert.Equal("vetoed", veto.Outcome);
        Assert.Equal(["RUS"], veto.VetoedBy);
        Assert.Null(veto.Resolution);
        Assert.Equal("S/PV.8979", veto.Meeting);
    }

    [Fact]
    public void S_2022_160_is_adopted_11_to_1_with_3_abstentions_as_a_procedural_decision_the_Russian_no_being_no_veto()
    {
        var call = Result.Decisions[1];

        Assert.Equal(("SC", "2022-02-27", "procedural"), (call.Body, call.Date, call.Question));
        Assert.Equal((11, 1, 3), (call.Yes, call.No, call.Abstain));
        Assert.Equal((9, "9-affirmative"), (call.Required, call.Majority));
        Assert.Equal("adopted", call.Outcome);
        Assert.Empty(call.VetoedBy);
        Assert.Equal("S/RES/2623 (2022)", call.Resolution);
    }

    [Fact]
    public void A_ES_11_L_1_is_adopted_141_to_5_with_35_abstentions_by_two_thirds_as_resolution_ES_11_1()
    {
        var es11 = Result.Decisions[2];

        Assert.Equal(("GA", "2022-03-02", "important", "A/ES-11/PV.5"), (es11.Body, es11.Date, es11.Question, es11.Meeting));
        Assert.Equal((141, 5, 35, 12), (es11.Yes, es11.No, es11.Abstain, es11.NonVoting));
        Assert.Equal((98, "two-thirds"), (es11.Required, es11.Majority));
        Assert.Equal("adopted", es11.Outcome);
        Assert.Empty(es11.VetoedBy);
        Assert.Equal("A/RES/ES-11/1", es11.Resolution);
        Assert.Equal("Adopted: 141 in favour, 5 against, 35 abstentions; two thirds of the 146 members present and voting is 98", es11.Explanation);
    }

    [Fact]
    public void The_record_states_each_result_in_UN_style()
    {
        Assert.Contains("  A/ES-11/L.1 was adopted by a recorded vote of 141 to 5, with 35 abstentions, as resolution A/RES/ES-11/1.", Result.Record);
        Assert.Contains("  S/2022/160 was adopted by a recorded vote of 11 to 1, with 3 abstentions, as resolution S/RES/2623 (2022).", Result.Record);
        Assert.Contains("  S/2022/155 was not adopted.", Result.Record);
        Assert.Contains("28 February 2022: the General Assembly opened its emergency special session ES-11, convened at the request of S/RES/2623 (2022).", Result.Record);
    }

    // data/es-11/votes.csv keys the Council's procedural vote by its resolution symbol and the
    // Assembly's vote by its resolution; the scenario keys each by its draft.
    [Theory]
    [InlineData("S/2022/155", "S/2022/155")]
    [InlineData("S/RES/2623 (2022)", "S/2022/160")]
    [InlineData("A/RES/ES-11/1", "A/ES-11/L.1")]
    public void Every_States_vote_equals_data_es_11_votes_csv(string csvDocument, string draft)
    {
        var expected = VotesCsv().Where(v => v.Document == csvDocument).ToLookup(v => v.Vote, v => v.Code);
        var votes = Result.Decisions.Single(d => d.Document == draft).Votes;

        Assert.NotEmpty(expected["Y"]);
        Assert.Equal(Sorted(expected["Y"]), Sorted(votes.Yes));
        Assert.Equal(Sorted(expected["N"]), Sorted(votes.No));
        Assert.Equal(Sorted(expected["A"]), Sorted(votes.Abstain));
        Assert.Equal(Sorted(expected["NV"]), Sorted(votes.NonVoting));
    }

    [Fact]
    public void Venezuela_without_a_vote_under_Article_19_is_among_the_twelve_non_voting()
    {
        var es11 = Result.Decisions[2];

        Assert.Contains("VEN", es11.Votes.NonVoting);
        Assert.Equal(12, es11.Votes.NonVoting.Length);
    }

    private static string[] Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Document, string Code, string Vote)> VotesCsv()
    {
        var lines = File.ReadAllLines(Path.Combine(Scenario.DataDirectory, "es-11", "votes.csv"));
        Assert.Equal("document,iso3,vote", lines[0]);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            Assert.Equal(3, fields.Length);
            yield return (fields[0], fields[1], fields[2]);
        }
    }
}
