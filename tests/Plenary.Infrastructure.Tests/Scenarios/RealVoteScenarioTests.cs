namespace Plenary.Infrastructure.Tests.Scenarios;

/// <summary>Real votes replayed as small scenarios; each tally is the one on the record.</summary>
/// <remarks>
/// Council votes from 1994 on are checked against sc_draft_votes_1994_2025.csv (the project's
/// shared voting data); earlier ones and the Assembly's against the UN's records and press releases.
/// </remarks>
public class RealVoteScenarioTests
{
    // S/PV.9439, 16 October 2023: five in favour is short of nine, so the three permanent members
    // voting against did not veto it.
    [Fact]
    public void S_2023_772_fails_5_to_4_with_6_abstentions_for_want_of_nine_votes_and_is_not_vetoed()
    {
        var decision = Scenario.Decides("""
            title: S/2023/772
            steps:
              - date: 2023-10-16
                body: SC
                submit-draft: { symbol: S/2023/772, title: The situation in the Middle East, sponsors: [RUS] }
              - date: 2023-10-16
                body: SC
                vote:
                  on: S/2023/772
                  question: substantive
                  yes: [CHN, GAB, MOZ, RUS, ARE]
                  no: [FRA, JPN, GBR, USA]
                  abstain: [ALB, BRA, ECU, GHA, MLT, CHE]
            """);

        Assert.Equal((5, 4, 6, 0), (decision.Yes, decision.No, decision.Abstain, decision.NonVoting));
        Assert.Equal("rejected", decision.Outcome);
        Assert.Empty(decision.VetoedBy);
        Assert.Null(decision.Resolution);
        Assert.Equal(9, decision.Required);
        Assert.StartsWith("Not adopted, having failed to obtain the required number of votes", decision.Explanation, StringComparison.Ordinal);
    }

    // S/PV.7853, 23 December 2016: a permanent member's abstention is no veto.
    [Fact]
    public void S_RES_2334_is_adopted_14_to_0_with_the_United_States_abstaining()
    {
        var decision = Scenario.Decides("""
            title: S/RES/2334 (2016)
            steps:
              - date: 2016-12-23
                body: SC
                submit-draft: { symbol: S/2016/1100, title: The situation in the Middle East, sponsors: [MYS, NZL, SEN, VEN] }
              - date: 2016-12-23
                body: SC
                vote:
                  on: S/2016/1100
                  question: substantive
                  yes: [AGO, CHN, EGY, FRA, JPN, MYS, NZL, RUS, SEN, ESP, UKR, GBR, URY, VEN]
                  abstain: [USA]
            """);

        Assert.Equal((14, 0, 1), (decision.Yes, decision.No, decision.Abstain));
        Assert.Equal("adopted", decision.Outcome);
        Assert.Empty(decision.VetoedBy);
        Assert.Equal("S/RES/2334 (2016)", decision.Resolution);
        Assert.Equal("9-affirmative-with-permanent-concurrence", decision.Majority);
    }

    // Resolution 157 (1960), 906th meeting, 17 September 1960: the eleven-member Council calls the
    // fourth emergency special session by a procedural vote of 8 to 2 (Poland, USSR), with France
    // abstaining; seven votes were needed until the Council was enlarged in 1966. SUN, the USSR's code, is read
    // as RUS, the code its seat is kept under.
    [Theory]
    [InlineData("SUN")]
    [InlineData("RUS")]
    public void Resolution_157_of_1960_is_adopted_8_to_2_with_seven_votes_needed_over_the_USSRs_no(string ussr)
    {
        var result = Scenario.Succeeds($$"""
            title: Resolution 157 (1960)
            steps:
              - date: 1960-09-17
                body: SC
                submit-draft: { symbol: S/4526, title: Calling an emergency special session on the Congo, sponsors: [USA] }
              - date: 1960-09-17
                body: SC
                vote:
                  on: S/4526
                  question: procedural
                  convenes: emergency-special-session
                  resolution: S/RES/157 (1960)
                  yes: [ARG, CHN, ECU, ITA, LKA, TUN, GBR, USA]
                  no: [POL, {{ussr}}]
                  abstain: [FRA]
              - date: 1960-09-17
                body: GA
                open-session: { kind: emergency-special, number: 4 }
            """);

        var decision = Assert.Single(result.Decisions);
        Assert.Equal((8, 2, 1, 0), (decision.Yes, decision.No, decision.Abstain, decision.NonVoting));
        Assert.Equal((7, "7-affirmative"), (decision.Required, decision.Majority));
        Assert.Equal("adopted", decision.Outcome);
        Assert.Empty(decision.VetoedBy);
        Assert.Equal("S/RES/157 (1960)", decision.Resolution);
        Assert.Equal(["POL", "RUS"], decision.Votes.No);
        Assert.Contains("  Against: Poland, Union of Soviet Socialist Republics", result.Record);
        Assert.Contains("17 September 1960: the General Assembly opened its emergency special session ES-4, convened at the request of S/RES/157 (1960).", result.Record);
    }

    // The same vote under the substantive rule: the USSR's no is a veto.
    [Fact]
    public void The_USSRs_no_in_1960_vetoes_a_substantive_draft()
    {
        var decision = Scenario.Decides("""
            title: 1960 veto
            steps:
              - date: 1960-09-17
                body: SC
                submit-draft: { symbol: S/4525, title: Congo, sponsors: [USA] }
              - date: 1960-09-17
                body: SC
                vote:
                  on: S/4525
                  question: substantive
                  yes: [ARG, CHN, ECU, ITA, LKA, TUN, GBR, USA]
                  no: [POL, SUN]
                  abstain: [FRA]
            """);

        Assert.Equal("vetoed", decision.Outcome);
        Assert.Equal(["RUS"], decision.VetoedBy);
        Assert.Equal(7, decision.Required);
    }

    private const string HamasDraft = """
        title: A/73/L.42 (6 December 2018)
        steps:
          - date: 2018-12-06
            body: GA
            submit-draft: { symbol: A/73/L.42, title: Activities of Hamas and other militant groups in Gaza, sponsors: [USA] }

        """;

    private const string KuwaitMotion = """
          - date: 2018-12-06
            body: GA
            vote:
              on: Motion by Kuwait that A/73/L.42 requires a two-thirds majority
              question: other
              method: non-recorded
              sets-majority: { for: A/73/L.42, to: two-thirds }
              yes: 75
              no: 72
              abstain: 26

        """;

    private const string HamasVote = """
          - date: 2018-12-06
            body: GA
            vote:
              on: A/73/L.42
              question: other
              method: non-recorded
              yes: 87
              no: 57
              abstain: 33
        """;

    // A/73/PV.46 and GA/12098: the Assembly first decided, 75 to 72 with 26 abstentions, that the
    // draft needed two thirds (Art. 18(3)); 87 to 57 with 33 abstentions then fell short of 96.
    [Fact]
    public void A_73_L_42_fails_87_to_57_under_the_two_thirds_the_Assembly_decided_75_to_72()
    {
        var result = Scenario.Succeeds(HamasDraft + KuwaitMotion + HamasVote);

        Assert.Equal(2, result.Decisions.Length);
        var motion = result.Decisions[0];
        Assert.Equal((75, 72, 26), (motion.Yes, motion.No, motion.Abstain));
        Assert.Equal(("other", "simple-majority", 74, "adopted"), (motion.Question, motion.Majority, motion.Required, motion.Outcome));
        Assert.Equal("non-recorded", motion.Method);

        var draft = result.Decisions[1];
        Assert.Equal((87, 57, 33), (draft.Yes, draft.No, draft.Abstain));
        Assert.Equal(("two-thirds", 96, "rejected"), (draft.Majority, draft.Required, draft.Outcome));
        Assert.Equal("Not adopted: 87 in favour, 57 against, 33 abstentions; two thirds of the 144 members present and voting is 96", draft.Explanation);
        Assert.Null(draft.Resolution);
        Assert.Empty(draft.Votes.Yes);
    }

    [Fact]
    public void Without_the_decision_on_the_majority_87_to_57_would_have_adopted_A_73_L_42()
    {
        var result = Scenario.Succeeds(HamasDraft + HamasVote);

        var draft = Assert.Single(result.Decisions);
        Assert.Equal(("simple-majority", "adopted"), (draft.Majority, draft.Outcome));
    }

    // A/ES-11/PV.10, 7 April 2022: suspension of the Russian Federation from the Human Rights Council.
    [Fact]
    public void Resolution_ES_11_3_is_adopted_93_to_24_with_58_abstentions_by_two_thirds()
    {
        var decision = Scenario.Decides("""
            title: A/RES/ES-11/3
            steps:
              - date: 2022-04-07
                body: GA
                submit-draft: { symbol: A/ES-11/L.4, title: Suspension of the rights of membership of the Russian Federation in the Human Rights Council, sponsors: [UKR] }
              - date: 2022-04-07
                body: GA
                vote:
                  on: A/ES-11/L.4
                  question: important
                  method: non-recorded
                  yes: 93
                  no: 24
                  abstain: 58
                  resolution: A/RES/ES-11/3
            """);

        Assert.Equal((93, 24, 58), (decision.Yes, decision.No, decision.Abstain));
        Assert.Equal(("two-thirds", 78, "adopted"), (decision.Majority, decision.Required, decision.Outcome));
        Assert.Equal("A/RES/ES-11/3", decision.Resolution);
        Assert.Equal("Adopted: 93 in favour, 24 against, 58 abstentions; two thirds of the 117 members present and voting is 78", decision.Explanation);
    }
}
