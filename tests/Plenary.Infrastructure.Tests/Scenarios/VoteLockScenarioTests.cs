namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>A vote's <c>announce-lock</c>: the chair announces the lock, changes come after it, the voting is locked when the countdown ends or later.</summary>
public class VoteLockScenarioTests
{
    private const string Council2022 = """
        title: Announcing the lock
        steps:
          - date: 2022-02-25
            body: SC
            submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA] }

        """;

    private static string Vote(string announceLock, string method = "recorded", string changes = "[]") => Council2022 + $$"""
          - date: 2022-02-25
            body: SC
            vote:
              on: S/2022/155
              question: procedural
              method: {{method}}
              yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
              no: [RUS]
              abstain: [CHN, IND, ARE]
              changes: {{changes}}
              announce-lock: {{announceLock}}
        """;

    [Fact]
    public void The_announcement_is_recorded_changes_made_after_it_count_and_the_vote_is_locked_when_the_countdown_ends()
    {
        var result = Scenario.Succeeds(Vote("{ at: \"20:31:10\", seconds: 20 }", changes: "[{ state: IND, to: yes }]"));

        var decision = Assert.Single(result.Decisions);
        Assert.Equal((12, 1, 2), (decision.Yes, decision.No, decision.Abstain));
        Assert.Contains("  The chair announced at 20:31:10 UTC that the voting would be closed at 20:31:30 UTC.", result.Record);
    }

    [Fact]
    public void Without_seconds_the_countdown_is_thirty_and_a_later_lock_is_accepted()
    {
        var result = Scenario.Succeeds(Vote("{ at: \"20:31\", locked-at: \"20:35:00\" }"));

        Assert.Contains("  The chair announced at 20:31:00 UTC that the voting would be closed at 20:31:30 UTC.", result.Record);
    }

    [Fact]
    public void A_vote_without_an_announcement_records_none()
    {
        var result = Scenario.Succeeds(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: procedural, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR] }
            """);

        Assert.DoesNotContain(result.Record, line => line.Contains("announced", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lock_before_the_announced_time_is_reported_on_the_line_of_locked_at()
    {
        var result = Scenario.Run(Vote("""

                    at: "20:31:10"
                    seconds: 20
                    locked-at: "20:31:20"
            """));

        var error = Assert.Single(result.Errors);
        Assert.Equal((19, "steps[1].vote.announce-lock.locked-at"), (error.Line, error.Field));
        Assert.Equal("The voting was announced to close at 20:31:30 UTC; delegations may vote until then (10 seconds more) (rule 88; practice)", error.Message);
        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Bad_values_are_each_reported_with_their_line_and_field()
    {
        var result = Scenario.Run(Vote("""

                    at: "half past eight"
                    seconds: 301
                    locked-at: "25:00"
                    by: President
            """));

        Assert.Equal(
            [
                "test.yaml:17: steps[1].vote.announce-lock.at: 'half past eight' is not a time of day of the form HH:MM:SS (UTC)",
                "test.yaml:18: steps[1].vote.announce-lock.seconds: '301' is not a whole number between 0 and 300",
                "test.yaml:19: steps[1].vote.announce-lock.locked-at: '25:00' is not a time of day of the form HH:MM:SS (UTC)",
                "test.yaml:20: steps[1].vote.announce-lock.by: unknown field; expected one of: at, seconds, locked-at",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_roll_call_has_no_lock_to_announce()
    {
        var result = Scenario.Run(Vote("{ at: \"20:31:10\" }", method: "roll-call"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((16, "steps[1].vote.announce-lock"), (error.Line, error.Field));
        Assert.Contains("(rule 87(a))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_recorded_vote_announces_the_lock_before_the_numbers_are_recorded()
    {
        var result = Scenario.Succeeds("""
            title: A motion
            steps:
              - date: 2022-03-02
                body: GA
                vote: { on: Motion to adjourn the debate, question: other, method: non-recorded, yes: 120, no: 5, abstain: 30, announce-lock: { at: "15:40:00", seconds: 10 } }
            """);

        Assert.Contains("  The chair announced at 15:40:00 UTC that the voting would be closed at 15:40:10 UTC.", result.Record);
    }
}
