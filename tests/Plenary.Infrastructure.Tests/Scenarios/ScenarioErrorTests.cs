using System.Collections.Immutable;
using Plenary.Infrastructure.Scenarios;

namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>Every bad input of docs/scenarios.md: reported with file, line, field and reason, all at once, and nothing recorded.</summary>
public class ScenarioErrorTests
{
    private const string Council2022 = """
        title: Errors
        steps:
          - date: 2022-02-25
            body: SC
            submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA] }

        """;

    private static ImmutableArray<ScenarioError> Errors(string yaml)
    {
        var result = Scenario.Run(yaml);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Decisions);
        Assert.Empty(result.Record);
        Assert.All(result.Errors, e => Assert.Equal("test.yaml", e.File));
        return result.Errors;
    }

    private static void Reports(ScenarioError error, int line, string field, string message)
    {
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_State_code_is_reported_where_it_is_written()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
                  no: [RUS]
                  abstain: [CHN, IND, XYZ]
            """);

        Reports(Assert.Single(errors), 13, "steps[1].vote.abstain", "unknown State code 'XYZ'");
        Assert.Equal("test.yaml:13: steps[1].vote.abstain: unknown State code 'XYZ'", errors[0].ToString());
    }

    [Fact]
    public void A_code_that_is_not_three_capital_letters_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB, usa] }
            """);

        Reports(Assert.Single(errors), 8, "steps[1].vote.yes", "'usa' is not a State code");
    }

    [Fact]
    public void A_State_voting_under_yes_and_under_no_is_reported_at_its_second_vote()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
                  no: [RUS, BRA]
            """);

        Reports(Assert.Single(errors), 12, "steps[1].vote.no", "BRA votes twice: under yes and under no");
    }

    [Fact]
    public void A_State_listed_twice_under_yes_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA,
                        ALB]
            """);

        Reports(Assert.Single(errors), 12, "steps[1].vote.yes", "ALB is listed twice under yes");
    }

    [Fact]
    public void Ukraine_voting_in_the_2022_Council_is_reported_as_no_member_of_it()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
                  no: [RUS]
                  abstain: [CHN, IND, ARE, UKR]
            """);

        Reports(Assert.Single(errors), 13, "steps[1].vote.abstain", "UKR: Ukraine is not a member of the Security Council on 2022-02-25 (Art. 23)");
    }

    [Fact]
    public void Observer_States_voting_in_the_Assembly_are_reported()
    {
        var errors = Errors("""
            title: Observers
            steps:
              - date: 2022-03-02
                body: GA
                vote:
                  on: A question
                  question: other
                  yes: [FRA,
                        PSE]
                  no: [VAT]
            """);

        Assert.Equal(2, errors.Length);
        Reports(errors[0], 9, "steps[0].vote.yes", "State of Palestine is an observer State and may not vote");
        Reports(errors[1], 10, "steps[0].vote.no", "Holy See is an observer State and may not vote");
    }

    [Fact]
    public void A_vote_on_a_draft_never_submitted_is_reported_at_its_symbol()
    {
        var errors = Errors("""
            title: No draft
            steps:
              - date: 2022-02-25
                body: SC
                vote:
                  question: substantive
                  on: S/2022/154
                  yes: [ALB]
            """);

        Reports(Assert.Single(errors), 7, "steps[0].vote.on", "No draft S/2022/154 has been submitted to the Security Council");
    }

    [Fact]
    public void A_State_voting_before_its_admission_is_reported()
    {
        var errors = Errors("""
            title: Before admission
            steps:
              - date: 2011-07-01
                body: GA
                vote: { on: A question, question: other, yes: [SDN, SSD] }
            """);

        Reports(Assert.Single(errors), 5, "steps[0].vote.yes", "South Sudan is not a Member of the United Nations on 2011-07-01; it was admitted on 2011-07-14");
    }

    [Fact]
    public void A_State_without_a_vote_under_Article_19_voting_is_reported()
    {
        var errors = Errors("""
            title: Article 19
            steps:
              - date: 2022-03-02
                body: GA
                vote:
                  on: A question
                  question: other
                  abstain: [VEN]
            """);

        Reports(Assert.Single(errors), 8, "steps[0].vote.abstain", "VEN: Venezuela (Bolivarian Republic of) has no vote in the General Assembly");
        Assert.EndsWith("(Art. 19)", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_important_question_in_the_Council_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: important
                  yes: [ALB]
            """);

        Reports(Assert.Single(errors), 10, "steps[1].vote.question", "the Security Council has no 'important' questions; it decides substantive or procedural questions");
    }

    [Fact]
    public void A_YAML_syntax_error_is_reported_with_its_line()
    {
        var errors = Errors("""
            title: Broken
            steps:
              - date: 2022-02-25
                body: SC
                submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA }
              - date: 2022-02-25
            """);

        var error = Assert.Single(errors);
        Assert.Equal((5, "yaml"), (error.Line, error.Field));
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void A_key_written_twice_is_a_YAML_error()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: substantive, on: S/2022/156 }
            """);

        Reports(Assert.Single(errors), 8, "yaml", "'on' appears twice in the same mapping");
    }

    [Fact]
    public void An_unknown_action_is_reported_with_the_list_of_actions()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                veto: { on: S/2022/155 }
            """);

        Reports(Assert.Single(errors), 8, "steps[1].veto", "unknown action; a step has one of: open-session,");
    }

    [Fact]
    public void An_unknown_field_of_an_action_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB]
                  against: [RUS]
            """);

        Reports(Assert.Single(errors), 12, "steps[1].vote.against", "unknown field; expected one of: on, question, method");
    }

    [Fact]
    public void Two_actions_in_one_step_are_reported_at_the_second()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                open-meeting: { symbol: S/PV.8979 }
                vote: { on: S/2022/155, question: substantive, yes: [ALB] }
            """);

        Reports(Assert.Single(errors), 9, "steps[1].vote", "a step has exactly one action, but this one also has open-meeting");
    }

    [Fact]
    public void A_step_with_no_action_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                note: nothing happens
            """);

        Reports(Assert.Single(errors), 6, "steps[1].action", "a step needs one action");
    }

    [Fact]
    public void A_missing_date_is_reported_at_the_step()
    {
        var errors = Errors(Council2022 + """
              - body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB] }
            """);

        Reports(Assert.Single(errors), 6, "steps[1].date", "is required");
    }

    [Theory]
    [InlineData("2022-3-2")]
    [InlineData("2022-02-30")]
    [InlineData("25/02/2022")]
    [InlineData("yesterday")]
    public void A_bad_date_is_reported(string date)
    {
        var errors = Errors(Council2022 + $$"""
              - date: {{date}}
                body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB] }
            """);

        Reports(Assert.Single(errors), 6, "steps[1].date", $"'{date}' is not a date of the form YYYY-MM-DD");
    }

    [Fact]
    public void An_unknown_body_is_reported()
    {
        var errors = Errors("""
            title: Unknown body
            steps:
              - date: 2022-02-25
                body: ECOSOC
                submit-draft: { symbol: E/2022/L.1, title: A draft }
            """);

        Reports(Assert.Single(errors), 4, "steps[0].body", "unknown body 'ECOSOC'; use GA, SC or the id of a body defined under 'bodies'");
    }

    [Fact]
    public void A_missing_body_is_reported()
    {
        var errors = Errors("""
            title: No body
            steps:
              - date: 2022-02-25
                submit-draft: { symbol: S/2022/155, title: A draft }
            """);

        Reports(Assert.Single(errors), 3, "steps[0].body", "is required");
    }

    [Fact]
    public void A_step_that_goes_back_in_time_is_reported()
    {
        var errors = Errors("""
            title: Out of order
            steps:
              - date: 2022-03-02
                body: GA
                adopt-agenda-item: { title: An item }
              - date: 2022-02-25
                body: SC
                adopt-agenda-item: { title: An item }
            """);

        Reports(Assert.Single(errors), 6, "steps[1].date", "2022-02-25 is before the previous step (2022-03-02); steps go in date order");
    }

    [Fact]
    public void A_scenario_without_title_or_steps_is_reported()
    {
        var errors = Errors("""
            description: nothing
            stepz: []
            """);

        Assert.Equal([(1, "title"), (1, "steps"), (2, "stepz")], errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("a scenario needs a list of steps", errors[1].Message);
    }

    [Fact]
    public void A_non_recorded_vote_in_the_Council_is_reported_at_the_method()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  method: non-recorded
                  yes: 11
                  no: 1
                  abstain: 3
            """);

        Reports(Assert.Single(errors), 11, "steps[1].vote.method", "each State's vote must be recorded (Art. 27(3))");
    }

    [Fact]
    public void Lists_in_a_non_recorded_vote_and_a_seed_without_a_roll_call_are_reported()
    {
        var errors = Errors("""
            title: Numbers only
            steps:
              - date: 2022-03-02
                body: GA
                vote:
                  on: A question
                  question: other
                  method: non-recorded
                  seed: 3
                  yes: [FRA]
                  no: 2
                  abstain: 100
            """);

        Assert.Equal(2, errors.Length);
        Reports(errors[0], 9, "steps[0].vote.seed", "only a vote by roll-call draws a State by lot");
        Reports(errors[1], 10, "steps[0].vote.yes", "a non-recorded vote records only the numbers");
    }

    [Fact]
    public void A_party_to_a_dispute_voting_against_in_a_Chapter_VI_decision_is_reported()
    {
        var errors = Errors(Council2022 + """
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  parties-to-dispute: [RUS]
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
                  no: [RUS]
            """);

        Reports(Assert.Single(errors), 13, "steps[1].vote.no", "Russian Federation is a party to the dispute and must abstain");
    }

    [Fact]
    public void Errors_in_a_custom_body_are_reported_and_its_steps_then_name_an_unknown_body()
    {
        var errors = Errors("""
            title: Bad body
            bodies:
              - id: MUN
                members: [FRA, KEN]
                permanent: [GBR]
                questions: { substantive: "most:3" }
            steps:
              - date: 2022-03-02
                body: MUN
                adopt-agenda-item: { title: An item }
            """);

        Assert.Equal(
            [(5, "bodies[0].permanent"), (6, "bodies[0].questions.substantive"), (9, "steps[0].body")],
            errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("GBR is a permanent member but not a member", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_of_all_Members_with_permanent_members_must_name_its_majorities()
    {
        var errors = Errors("""
            title: Bad body
            bodies:
              - id: PLENARY
                members: all
                permanent: [USA]
            steps:
              - date: 2022-03-02
                body: GA
                adopt-agenda-item: { title: An item }
            """);

        Reports(Assert.Single(errors), 3, "bodies[0].questions", "names the majority of each kind of question");
    }

    [Fact]
    public void A_file_with_many_errors_reports_them_all_in_line_order()
    {
        var errors = Errors("""
            title: Everything wrong
            steps:
              - date: 2022-02-25
                body: SC
                submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA] }
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/155
                  question: substantive
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA, UKR]
                  no: [RUS, BRA]
                  abstain: [CHN, IND, ARE, XYZ]
              - date: 2022-02-26
                body: SC
                vote: { on: S/2022/999, question: substantive, yes: [ALB] }
              - date: 2022-02-26
                body: SC
                vote: { on: S/2022/155, question: important, yes: [ALB] }
              - date: 2022-03-02
                body: GA
                vote: { on: A question, question: other, yes: [PSE, VEN], no: [VAT] }
              - date: 2022-03-01
                body: GA
                adopt-agenda-item: { title: An item }
              - date: 2022-3-3
                body: ECOSOC
                frobnicate: {}
              - body: GA
                open-meeting: {}
                adjourn-meeting: {}
            """);

        Assert.Equal(
            [
                (11, "steps[1].vote.yes"),
                (12, "steps[1].vote.no"),
                (13, "steps[1].vote.abstain"),
                (16, "steps[2].vote.on"),
                (19, "steps[3].vote.question"),
                (22, "steps[4].vote.yes"),
                (22, "steps[4].vote.yes"),
                (22, "steps[4].vote.no"),
                (23, "steps[5].date"),
                (26, "steps[6].date"),
                (27, "steps[6].body"),
                (28, "steps[6].frobnicate"),
                (29, "steps[7].date"),
                (31, "steps[7].adjourn-meeting"),
            ],
            errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("UKR", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("PSE", errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("VEN", errors[6].Message, StringComparison.Ordinal);
        Assert.Contains("VAT", errors[7].Message, StringComparison.Ordinal);
    }

    // The vote after a failed one still runs: an error in one step does not silence the rest, nor
    // make a later step fail only because an earlier one did.
    [Fact]
    public void An_error_in_one_step_does_not_stop_the_checks_of_the_next_or_invent_errors_in_it()
    {
        var errors = Errors("""
            title: One error
            unknown-top-level: 1
            steps:
              - date: 2022-02-25
                body: SC
                submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA] }
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA], no: [RUS], abstain: [CHN, IND, ARE] }
              - date: 2022-02-27
                body: SC
                submit-draft: { symbol: S/2022/160, title: A draft, sponsors: [ALB, USA] }
              - date: 2022-02-27
                body: SC
                vote: { on: S/2022/160, question: procedural, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA], no: [RUS], abstain: [CHN, IND, UKR] }
            """);

        Assert.Equal([(2, "unknown-top-level"), (15, "steps[3].vote.abstain")], errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void A_meeting_in_a_session_that_is_not_open_is_reported()
    {
        var errors = Errors("""
            title: Errors
            steps:
              - date: 2022-02-28
                body: GA
                open-meeting: { symbol: A/ES-11/PV.1, session: ES-11 }
              - date: 2022-02-28
                body: SC
                open-meeting: { session: ES-11 }

            """);

        Assert.Equal(2, errors.Length);
        Reports(errors[0], 5, "steps[0].open-meeting.session", "session ES-11 of the General Assembly is not open");
        Reports(errors[1], 8, "steps[1].open-meeting.session", "holds no sessions");
    }
}
