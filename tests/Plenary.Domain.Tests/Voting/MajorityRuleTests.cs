using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Tests.Voting;

public class MajorityRuleTests
{
    private static readonly Func<StateCode, string> NoNames = code => code.Value;

    [Fact]
    public void Two_thirds_of_the_members_present_and_voting_adopt_ES_11_1_by_141_to_5_with_35_abstentions()
    {
        var decision = MajorityRule.TwoThirds.Decide(Tally.Of(141, 5, 35, 12), NoNames);

        Assert.Equal(VoteOutcome.Adopted, decision.Outcome);
        Assert.Equal(98, decision.Required);
        Assert.Empty(decision.VetoedBy);
        Assert.Equal("Adopted: 141 in favour, 5 against, 35 abstentions; two thirds of the 146 members present and voting is 98", decision.Explanation);
    }

    [Fact]
    public void Exactly_two_thirds_of_the_members_present_and_voting_is_enough()
    {
        var decision = MajorityRule.TwoThirds.Decide(Tally.Of(100, 50, 0), NoNames);

        Assert.Equal(VoteOutcome.Adopted, decision.Outcome);
        Assert.Equal(100, decision.Required);
    }

    [Fact]
    public void One_vote_short_of_two_thirds_rejects()
    {
        var decision = MajorityRule.TwoThirds.Decide(Tally.Of(99, 50, 0), NoNames);

        Assert.Equal(VoteOutcome.Rejected, decision.Outcome);
        Assert.Equal(100, decision.Required);
    }

    [Fact]
    public void A_73_L_42_is_rejected_under_two_thirds_although_more_voted_for_than_against()
    {
        var decision = MajorityRule.TwoThirds.Decide(Tally.Of(87, 57, 33), NoNames);

        Assert.Equal(VoteOutcome.Rejected, decision.Outcome);
        Assert.Equal(96, decision.Required);
        Assert.Equal("Not adopted: 87 in favour, 57 against, 33 abstentions; two thirds of the 144 members present and voting is 96", decision.Explanation);
    }

    [Fact]
    public void A_simple_majority_adopts_with_more_votes_for_than_against_as_Kuwaits_motion_of_6_December_2018()
    {
        var decision = MajorityRule.Simple.Decide(Tally.Of(75, 72, 26), NoNames);

        Assert.Equal(VoteOutcome.Adopted, decision.Outcome);
        Assert.Equal(74, decision.Required);
        Assert.Equal("Adopted: 75 in favour, 72 against, 26 abstentions; a majority of the 147 members present and voting is 74", decision.Explanation);
    }

    [Fact]
    public void A_simple_majority_rejects_with_fewer_votes_for_than_against()
    {
        var decision = MajorityRule.Simple.Decide(Tally.Of(33, 85, 35), NoNames);

        Assert.Equal(VoteOutcome.Rejected, decision.Outcome);
        Assert.Equal(60, decision.Required);
    }

    [Fact]
    public void An_equally_divided_vote_rejects_the_proposal_under_rule_95()
    {
        var decision = MajorityRule.Simple.Decide(Tally.Of(60, 60, 10), NoNames);

        Assert.Equal(VoteOutcome.Rejected, decision.Outcome);
        Assert.Equal("Not adopted: 60 in favour, 60 against, 10 abstentions; the votes are equally divided (rule 95)", decision.Explanation);
    }

    [Fact]
    public void An_equally_divided_vote_rejects_under_two_thirds_too()
    {
        Assert.Equal(VoteOutcome.Rejected, MajorityRule.TwoThirds.Decide(Tally.Of(60, 60, 10), NoNames).Outcome);
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("two-thirds")]
    public void A_vote_in_which_no_member_votes_for_or_against_adopts_nothing(string rule)
    {
        Assert.True(MajorityRule.TryParse(rule, out var majority));

        var decision = majority.Decide(Tally.Of(0, 0, 35, 158), NoNames);

        Assert.Equal(VoteOutcome.Rejected, decision.Outcome);
        Assert.Equal("Not adopted: 0 in favour, 0 against, 35 abstentions; no member voted in favour or against", decision.Explanation);
    }

    [Fact]
    public void Abstentions_and_non_voting_members_stay_outside_the_members_present_and_voting()
    {
        var decision = MajorityRule.TwoThirds.Decide(Tally.Of(10, 5, 170, 8), NoNames);

        Assert.Equal(VoteOutcome.Adopted, decision.Outcome);
        Assert.Equal(10, decision.Required);
        Assert.Contains("two thirds of the 15 members present and voting is 10", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void One_abstention_is_written_in_the_singular()
    {
        var decision = MajorityRule.Simple.Decide(Tally.Of(8, 2, 1), NoNames);

        Assert.StartsWith("Adopted: 8 in favour, 2 against, 1 abstention;", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permanent_member_abstaining_does_not_veto_as_in_resolution_2334_of_2016()
    {
        var decision = new MajorityRule.AffirmativeVotes(9, true).Decide(Tally.Of(14, 0, 1), NoNames);

        Assert.Equal(VoteOutcome.Adopted, decision.Outcome);
        Assert.Equal(9, decision.Required);
        Assert.Equal("Adopted: 14 in favour, 0 against, 1 abstention; nine affirmative votes including the concurring votes of the permanent members are required", decision.Explanation);
    }

    [Theory]
    [InlineData("simple", "simple-majority")]
    [InlineData("two-thirds", "two-thirds")]
    [InlineData("affirmative:9+veto", "9-affirmative-with-permanent-concurrence")]
    [InlineData("affirmative:7", "7-affirmative")]
    [InlineData("9-affirmative-with-permanent-concurrence", "9-affirmative-with-permanent-concurrence")]
    public void A_rule_is_read_from_its_code_or_a_scenario_shorthand(string text, string code)
    {
        Assert.True(MajorityRule.TryParse(text, out var rule));
        Assert.Equal(code, rule.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("affirmative:0")]
    [InlineData("half")]
    public void An_unknown_rule_is_not_read(string? text)
    {
        Assert.False(MajorityRule.TryParse(text, out _));
    }
}
