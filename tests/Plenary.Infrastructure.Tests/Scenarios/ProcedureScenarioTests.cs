using System.Globalization;

namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>The parts of the scenario format beyond a single vote: implicit meetings, custom bodies, sessions, the veto initiative, roll-calls, changes and corrections.</summary>
public class ProcedureScenarioTests
{
    [Fact]
    public void A_two_step_script_runs_in_an_implicit_meeting()
    {
        var result = Scenario.Succeeds("""
            title: Two steps
            steps:
              - date: 2022-03-02
                body: SC
                submit-draft: { symbol: S/2022/997, title: A draft, sponsors: [NOR] }
              - date: 2022-03-02
                body: SC
                vote: { on: S/2022/997, question: procedural, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR], no: [RUS] }
            """);

        var decision = Assert.Single(result.Decisions);
        Assert.Null(decision.Meeting);
        Assert.Equal((9, 1, 0, 5), (decision.Yes, decision.No, decision.Abstain, decision.NonVoting));
        Assert.Equal("adopted", decision.Outcome);
        Assert.Contains("2 March 2022: Security Council", result.Record);
    }

    [Fact]
    public void An_Assembly_decision_needs_a_majority_of_the_Members_present()
    {
        var result = Scenario.Run("""
            title: No quorum
            steps:
              - date: 2022-03-02
                body: GA
                submit-draft: { symbol: A/76/L.99, title: A draft, sponsors: [NOR] }
              - date: 2022-03-02
                body: GA
                vote: { on: A/76/L.99, question: other, yes: [NOR, SWE], no: [DNK] }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((8, "steps[1].vote"), (error.Line, error.Field));
        Assert.Equal("Only 3 members took part; a decision needs 97 members present (rule 67)", error.Message);
    }

    private const string ModelCouncil = """
        title: Model UN
        bodies:
          - id: MUNSC
            name: Model Security Council
            members: [FRA, GBR, KEN, MEX, NOR]
            permanent: [FRA, GBR]
            questions: { substantive: "affirmative:3+veto", procedural: "affirmative:3" }
        steps:
          - date: 2022-03-02
            body: MUNSC
            submit-draft: { symbol: MUN/1, title: A draft, sponsors: [KEN] }

        """;

    [Fact]
    public void In_a_custom_body_a_permanent_members_no_vetoes_a_substantive_draft()
    {
        var decision = Scenario.Decides(ModelCouncil + """
              - date: 2022-03-02
                body: MUNSC
                vote: { on: MUN/1, question: substantive, yes: [GBR, KEN, MEX, NOR], no: [FRA] }
            """);

        Assert.Equal(("MUNSC", "vetoed"), (decision.Body, decision.Outcome));
        Assert.Equal(["FRA"], decision.VetoedBy);
        Assert.Equal((3, "3-affirmative-with-permanent-concurrence"), (decision.Required, decision.Majority));
        Assert.Equal("Not adopted owing to the negative vote of a permanent member (France): 4 in favour, 1 against, 0 abstentions", decision.Explanation);
    }

    [Theory]
    [InlineData("substantive", "[GBR, KEN, MEX, FRA]", "[NOR]", "adopted")]
    [InlineData("procedural", "[GBR, KEN, MEX, NOR]", "[FRA]", "adopted")]
    [InlineData("substantive", "[GBR, KEN]", "[]", "rejected")]
    public void In_a_custom_body_an_elected_members_no_or_a_procedural_question_is_no_veto(string question, string yes, string no, string outcome)
    {
        var decision = Scenario.Decides(ModelCouncil + $$"""
              - date: 2022-03-02
                body: MUNSC
                vote: { on: MUN/1, question: {{question}}, yes: {{yes}}, no: {{no}} }
            """);

        Assert.Equal(outcome, decision.Outcome);
        Assert.Empty(decision.VetoedBy);
    }

    [Fact]
    public void A_custom_body_without_questions_decides_substantive_questions_by_a_majority_of_its_members_with_the_veto()
    {
        var decision = Scenario.Decides("""
            title: Default questions
            bodies:
              - id: P5
                members: [CHN, FRA, RUS, GBR, USA]
                permanent: [CHN, RUS]
            steps:
              - date: 2022-03-02
                body: P5
                vote: { on: A question, question: substantive, yes: [FRA, GBR, USA], abstain: [CHN, RUS] }
            """);

        Assert.Equal(("3-affirmative-with-permanent-concurrence", 3, "adopted"), (decision.Majority, decision.Required, decision.Outcome));
    }

    [Fact]
    public void A_draft_adopted_without_a_vote_is_numbered_in_the_session()
    {
        var result = Scenario.Succeeds("""
            title: Without a vote
            steps:
              - date: 2022-03-02
                body: GA
                submit-draft: { symbol: A/76/L.98, title: A draft, sponsors: [FJI] }
              - date: 2022-03-02
                body: GA
                adopt-without-vote: { on: A/76/L.98, question: other }
            """);

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("without-vote", "none", "adopted"), (decision.Method, decision.Majority, decision.Outcome));
        Assert.Equal((0, 0, 0, 0), (decision.Yes, decision.No, decision.Abstain, decision.NonVoting));
        Assert.Equal("A/RES/76/1", decision.Resolution);
        Assert.Contains("A/76/L.98 was adopted without a vote as resolution A/RES/76/1.", result.Record);
    }

    // Art. 27(3): in decisions under Chapter VI a party to the dispute abstains; its abstention is no veto.
    [Fact]
    public void A_permanent_member_party_to_a_dispute_abstains_and_the_draft_is_adopted()
    {
        var decision = Scenario.Decides("""
            title: Chapter VI
            steps:
              - date: 2022-02-25
                body: SC
                submit-draft: { symbol: S/2022/996, title: A draft, sponsors: [ALB] }
              - date: 2022-02-25
                body: SC
                vote:
                  on: S/2022/996
                  question: substantive
                  parties-to-dispute: [RUS]
                  yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
                  abstain: [CHN, IND, ARE, RUS]
            """);

        Assert.Equal(("adopted", 11, 0, 4), (decision.Outcome, decision.Yes, decision.No, decision.Abstain));
    }

    private const string DprkVeto = """
        title: The veto initiative
        steps:
          - date: 2022-05-26
            body: SC
            submit-draft: { symbol: S/2022/431, title: Non-proliferation/Democratic People's Republic of Korea, sponsors: [USA] }
          - date: 2022-05-26
            body: SC
            vote:
              on: S/2022/431
              question: substantive
              yes: [ALB, BRA, FRA, GAB, GHA, IND, IRL, KEN, MEX, NOR, ARE, GBR, USA]
              no: [CHN, RUS]

        """;

    // S/PV.9048 (26 May 2022), then A/76/PV.77 (8 June 2022): the first debate held under res. 76/262.
    [Fact]
    public void After_a_veto_the_Assemblys_debate_puts_the_vetoing_members_first_on_the_list()
    {
        var result = Scenario.Succeeds(DprkVeto + """
              - date: 2022-06-08
                body: GA
                inscribe-speakers: { states: [KOR, JPN] }
              - date: 2022-06-08
                body: GA
                convene-veto-debate: { draft: S/2022/431, symbol: A/76/PV.77 }
              - date: 2022-06-08
                body: GA
                inscribe-speakers: { states: [USA] }
              - date: 2022-06-08
                body: GA
                hear-speakers: {}
            """);

        var veto = Assert.Single(result.Decisions);
        Assert.Equal(["CHN", "RUS"], veto.VetoedBy);
        Assert.Equal((13, 2, 0), (veto.Yes, veto.No, veto.Abstain));
        Assert.Contains("Debate on the veto cast on S/2022/431 (resolution 76/262); China and Russian Federation take precedence on the list of speakers.", result.Record);
        Assert.Contains("Statements were made by: China, Russian Federation, United States of America.", result.Record);
    }

    // Ten UN working days from Thursday 26 May 2022, Memorial Day (30 May) not counted: 10 June.
    [Fact]
    public void The_veto_debate_must_be_held_within_ten_working_days()
    {
        var result = Scenario.Run(DprkVeto + """
              - date: 2022-06-20
                body: GA
                convene-veto-debate: { draft: S/2022/431 }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((15, "steps[2].convene-veto-debate"), (error.Line, error.Field));
        Assert.Contains("was due within ten working days, by 2022-06-10", error.Message, StringComparison.Ordinal);
        Assert.Contains("res. 76/262", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_veto_cast_before_26_April_2022_obliges_no_debate()
    {
        var result = Scenario.Run("""
            title: Before the veto initiative
            steps:
              - date: 2022-02-25
                body: SC
                submit-draft: { symbol: S/2022/155, title: A draft, sponsors: [ALB, USA] }
              - date: 2022-02-25
                body: SC
                vote: { on: S/2022/155, question: substantive, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA], no: [RUS], abstain: [CHN, IND, ARE] }
              - date: 2022-03-01
                body: GA
                convene-veto-debate: { draft: S/2022/155 }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((11, "steps[2].convene-veto-debate"), (error.Line, error.Field));
        Assert.Contains("No veto cast on S/2022/155 awaits a debate", error.Message, StringComparison.Ordinal);
    }

    private static string MembersRequest(DateOnly date, int count)
    {
        var codes = Scenario.Register.AssemblyMembersOn(date).Take(count).Select(s => s.Code.Value);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            title: Members' request
            steps:
              - date: {{day}}
                body: GA
                request-emergency-special-session: { by: [{{string.Join(", ", codes)}}] }
              - date: {{next}}
                body: GA
                open-session: { kind: emergency-special, number: 12 }
            """;
    }

    [Fact]
    public void A_majority_of_the_Members_may_request_an_emergency_special_session()
    {
        var date = new DateOnly(2023, 5, 10);
        Assert.Equal(193, Scenario.Register.AssemblyMembersOn(date).Length);

        var result = Scenario.Succeeds(MembersRequest(date, 97));

        Assert.Empty(result.Decisions);
        Assert.Contains("10 May 2023: an emergency special session was requested by a majority of the Members (97 of 193).", result.Record);
        Assert.Contains("11 May 2023: the General Assembly opened its emergency special session ES-12, convened at the request of a majority of the Members (97 of 193).", result.Record);
    }

    [Fact]
    public void Ninety_six_of_193_Members_are_not_enough_to_request_an_emergency_special_session()
    {
        var result = Scenario.Run(MembersRequest(new DateOnly(2023, 5, 10), 96));

        Assert.Equal(
            [(5, "steps[0].request-emergency-special-session"), (8, "steps[1].open-session")],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("96 of 193 Members asked", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("rules 8(b), 9(b)", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("only at the request of", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emergency_special_session_opens_within_24_hours_of_the_request()
    {
        var date = new DateOnly(2023, 5, 10);
        var yaml = MembersRequest(date, 97).Replace("2023-05-11", "2023-05-12", StringComparison.Ordinal);

        var error = Assert.Single(Scenario.Run(yaml).Errors);

        Assert.Equal((8, "steps[1].open-session"), (error.Line, error.Field));
        Assert.Contains("within 24 hours", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(42)]
    [InlineData(200)]
    public void A_roll_call_with_a_seed_records_the_State_drawn_by_lot_to_be_called_first(int seed)
    {
        var date = new DateOnly(2022, 3, 2);
        var members = Scenario.Register.AssemblyMembersOn(date);
        var abstaining = members.Select(m => m.Code.Value).Where(c => c is not "FRA" and not "ZAF" and not "BRA" and not "VEN");
        var yaml = $$"""
            title: Roll-call
            steps:
              - date: 2022-03-02
                body: GA
                vote:
                  on: Question of the roll-call
                  question: other
                  method: roll-call
                  seed: {{seed}}
                  yes: [FRA, ZAF]
                  no: [BRA]
                  abstain: [{{string.Join(", ", abstaining)}}]
            """;

        var first = Scenario.Succeeds(yaml);
        var again = Scenario.Succeeds(yaml);

        var expected = Scenario.Register.NameOn(members[seed % members.Length].Code, date);
        Assert.Contains($"Question of the roll-call: vote by roll-call; {expected}, drawn by lot, was called first.", first.Record);
        Assert.Equal(first.Record, again.Record);
        var decision = Assert.Single(first.Decisions);
        Assert.Equal(("roll-call", 2, 1, 189, 1), (decision.Method, decision.Yes, decision.No, decision.Abstain, decision.NonVoting));
        Assert.Contains("  Question of the roll-call was adopted by a roll-call vote of 2 to 1, with 189 abstentions.", first.Record);
    }

    [Fact]
    public void Seeds_drawing_different_States_call_different_States_first()
    {
        string FirstCalled(int seed) => Scenario.Succeeds($$"""
            title: Roll-call
            steps:
              - date: 2022-03-02
                body: SC
                vote: { on: Question, question: procedural, method: roll-call, seed: {{seed}}, yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR] }
            """).Record.Single(l => l.Contains("drawn by lot", StringComparison.Ordinal));

        Assert.Equal("Question: vote by roll-call; Albania, drawn by lot, was called first.", FirstCalled(0));
        Assert.Equal("Question: vote by roll-call; Ireland, drawn by lot, was called first.", FirstCalled(7));
        Assert.Equal(FirstCalled(7), FirstCalled(22));
    }

    private const string WithChangesAndCorrections = """
        title: Changes and corrections
        steps:
          - date: 2022-02-25
            body: SC
            submit-draft: { symbol: S/2022/998, title: A draft, sponsors: [ALB] }
          - date: 2022-02-25
            body: SC
            vote:
              on: S/2022/998
              question: substantive
              yes: [ALB, BRA, FRA, GAB, GHA, IRL, KEN, MEX, NOR, GBR, USA]
              no: [RUS]
              abstain: [CHN, IND, ARE]
              changes:
                - { state: RUS, to: abstain }
                - { state: KEN, to: no }
              corrections:
                - { state: IND, intended: yes }
                - { state: GAB, intended: non-voting }
        """;

    [Fact]
    public void A_change_before_the_voting_is_closed_counts()
    {
        var decision = Scenario.Decides(WithChangesAndCorrections);

        Assert.Equal((10, 1, 4), (decision.Yes, decision.No, decision.Abstain));
        Assert.Equal(["KEN"], decision.Votes.No);
        Assert.Contains("RUS", decision.Votes.Abstain);
        Assert.Equal("adopted", decision.Outcome);
        Assert.Empty(decision.VetoedBy);
    }

    [Fact]
    public void A_correction_after_the_vote_is_recorded_beside_the_result_and_never_counted()
    {
        var result = Scenario.Succeeds(WithChangesAndCorrections);
        var decision = Assert.Single(result.Decisions);

        Assert.Contains("IND", decision.Votes.Abstain);
        Assert.Contains("GAB", decision.Votes.Yes);
        Assert.Equal([("GAB", null), ("IND", "yes")], decision.Intentions.Select(i => (i.State, i.Intended)));
        var gabon = result.Record.IndexOf("  Subsequently Gabon advised that it had intended not to participate in the vote.");
        var india = result.Record.IndexOf("  Subsequently India advised that it had intended to vote in favour.");
        Assert.True(gabon > 0 && india == gabon + 1, string.Join(Environment.NewLine, result.Record));
    }

    [Fact]
    public void A_change_by_a_State_outside_the_body_or_a_correction_to_no_known_vote_is_an_error()
    {
        var yaml = WithChangesAndCorrections
            .Replace("{ state: KEN, to: no }", "{ state: UKR, to: no }", StringComparison.Ordinal)
            .Replace("intended: yes", "intended: maybe", StringComparison.Ordinal);

        var result = Scenario.Run(yaml);

        Assert.Equal(
            [(16, "steps[1].vote.changes[1].state"), (18, "steps[1].vote.corrections[0].intended")],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("Ukraine is not a member of the Security Council", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'maybe' is not a vote", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Empty(result.Decisions);
    }
}
