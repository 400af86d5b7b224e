using System.Text.Json;

namespace Plenary.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    public void Run_replays_the_shipped_ES_11_scenario_and_prints_the_record()
    {
        var (exitCode, output, error) = Cli.Run("run", Cli.Es11Scenario);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.StartsWith("Eleventh emergency special session (2022)", output, StringComparison.Ordinal);
        Assert.Contains("A/ES-11/L.1 was adopted by a recorded vote of 141 to 5, with 35 abstentions, as resolution A/RES/ES-11/1.", output, StringComparison.Ordinal);
        Assert.Contains("Not adopted owing to the negative vote of a permanent member (Russian Federation): 11 in favour, 1 against, 3 abstentions.", output, StringComparison.Ordinal);
    }

    private static readonly string[] JsonFields =
        ["document", "body", "date", "question", "yes", "no", "abstain", "nonVoting", "required", "outcome", "vetoedBy", "resolution", "explanation"];

    [Fact]
    public void Run_with_json_prints_one_object_per_decision_with_the_documented_fields()
    {
        var (exitCode, output, error) = Cli.Run("run", Cli.Es11Scenario, "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = Cli.Lines(output);
        Assert.Equal(3, lines.Length);
        var decisions = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        foreach (var decision in decisions)
        {
            Assert.Equal(JsonValueKind.Object, decision.ValueKind);
            Assert.All(JsonFields, field => Assert.True(decision.TryGetProperty(field, out _), $"no '{field}' in {decision}"));
            Assert.Equal(JsonValueKind.Array, decision.GetProperty("vetoedBy").ValueKind);
        }

        Assert.Equal(["S/2022/155", "S/2022/160", "A/ES-11/L.1"], decisions.Select(d => d.GetProperty("document").GetString()));

        var veto = decisions[0];
        Assert.Equal(("SC", "2022-02-25", "substantive", "vetoed"), (S(veto, "body"), S(veto, "date"), S(veto, "question"), S(veto, "outcome")));
        Assert.Equal((11, 1, 3, 0, 9), (I(veto, "yes"), I(veto, "no"), I(veto, "abstain"), I(veto, "nonVoting"), I(veto, "required")));
        Assert.Equal(["RUS"], veto.GetProperty("vetoedBy").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Null, veto.GetProperty("resolution").ValueKind);

        var procedural = decisions[1];
        Assert.Equal(("procedural", "adopted", "S/RES/2623 (2022)"), (S(procedural, "question"), S(procedural, "outcome"), S(procedural, "resolution")));
        Assert.Empty(procedural.GetProperty("vetoedBy").EnumerateArray());

        var es11 = decisions[2];
        Assert.Equal(("GA", "2022-03-02", "important", "adopted", "A/RES/ES-11/1"), (S(es11, "body"), S(es11, "date"), S(es11, "question"), S(es11, "outcome"), S(es11, "resolution")));
        Assert.Equal((141, 5, 35, 12, 98), (I(es11, "yes"), I(es11, "no"), I(es11, "abstain"), I(es11, "nonVoting"), I(es11, "required")));
        Assert.Equal("Adopted: 141 in favour, 5 against, 35 abstentions; two thirds of the 146 members present and voting is 98", S(es11, "explanation"));
        Assert.Equal(141, es11.GetProperty("votes").GetProperty("yes").GetArrayLength());
    }

    [Fact]
    public void Run_prints_every_error_as_path_line_field_message_and_exits_1()
    {
        using var scenario = new Cli.TempScenario("""
            title: Two errors
            steps:
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB] }
              - date: 2022-02-24
                body: SC
                adopt-agenda-item: { title: An item }
            """);
        var path = scenario.Path;

        var (exitCode, output, error) = Cli.Run("run", path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            [
                $"{path}:5: steps[0].vote.on: No draft S/2022/155 has been submitted to the Security Council (rule 78)",
                $"{path}:6: steps[1].date: 2022-02-24 is before the previous step (2022-02-25); steps go in date order",
                $"{path}: 2 errors; nothing was recorded.",
            ],
            Cli.Lines(error));
    }

    [Fact]
    public void Run_with_json_prints_nothing_on_standard_output_when_the_scenario_has_errors()
    {
        using var scenario = new Cli.TempScenario("title: [broken\n");

        var (exitCode, output, error) = Cli.Run("run", scenario.Path, "--json");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"{scenario.Path}:2: yaml: ", Cli.Lines(error)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_on_a_missing_file_names_it_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml");

        var (exitCode, output, error) = Cli.Run("run", path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_without_a_file_is_a_usage_error()
    {
        var (exitCode, _, error) = Cli.Run("run");

        Assert.NotEqual(0, exitCode);
        Assert.NotEmpty(error);
    }

    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static int I(JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
