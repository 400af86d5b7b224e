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
        var decision = Scenario.Decides("title: DISEC\n" + Examples()[1] + """
            steps:
              - date: 2022-03-02
                body: DISEC
                vote: { on: A question, question: procedural, method: non-recorded, yes: 120, no: 40, abstain: 20 }
            """);

        Assert.Equal(("DISEC", "simple-majority", "adopted"), (decision.Body, decision.Majority, decision.Outcome));
        Assert.Equal(193 - 180, decision.NonVoting);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
