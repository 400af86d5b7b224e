using System.Text.RegularExpressions;

namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>The YAML examples in docs/scenarios.md run as written.</summary>
public partial class DocumentationExampleTests
{
    private static string[] Examples()
    {
        var text = File.ReadAllText(Path.Combine(Scenario.RepositoryRoot, "docs", "scenarios.md")).ReplaceLineEndings("\n");
        return [.. YamlBlock().Matches(text).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void The_first_example_replays_the_veto_of_S_2022_155()
    {
        var decision = Scenario.Decides(Examples()[0]);

        Assert.Equal(("S/2022/155", "vetoed"), (decision.Document, decision.Outcome));
        Assert.Equal(["RUS"], decision.VetoedBy);
    }

    [Fact]
    public void The_custom_body_example_defines_a_body_that_takes_decisions()
    {
        var decision = Scenario.Decides("title: DISEC\n" + Examples().Single(e => e.StartsWith("bodies:", StringComparison.Ordinal)) + """
            steps:
              - date: 2022-03-02
                body: DISEC
                vote: { on: A question, question: procedural, method: non-recorded, yes: 120, no: 40, abstain: 20 }
            """);

        Assert.Equal(("DISEC", "simple-majority", "adopted"), (decision.Body, decision.Majority, decision.Outcome));
        Assert.Equal(193 - 180, decision.NonVoting);
    }

    [Fact]
    public void The_lock_example_counts_the_change_made_during_the_countdown_and_records_the_announcement()
    {
        var result = Scenario.Succeeds(Examples().Single(e => e.Contains("announce-lock", StringComparison.Ordinal)));

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("Motion to suspend the meeting", 12, 1, 2, "adopted"), (decision.Document, decision.Yes, decision.No, decision.Abstain, decision.Outcome));
        Assert.Contains("  The chair announced at 20:31:10 UTC that the voting would be closed at 20:31:30 UTC.", result.Record);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
