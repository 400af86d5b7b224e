using FsCheck;
using FsCheck.Fluent;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Tests.Properties;

/// <summary>The majority rules hold for every count, not only the ones on record (GA rules 83-86 and 95; Charter Art. 18 and 27).</summary>
public class MajorityRuleProperties
{
    [Fact]
    public void Abstentions_added_in_the_Assembly_never_change_the_outcome()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyTallies.Zip(VoteGenerators.AssemblyRules).Zip(Gen.Choose(1, 100))),
                p =>
                {
                    var ((tally, rule), more) = p;
                    var with = tally with { Abstain = tally.Abstain + more };
                    return rule.Decide(tally, Name).Outcome == rule.Decide(with, Name).Outcome;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_yes_added_in_the_Assembly_never_turns_an_adoption_into_a_rejection()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyTallies.Zip(VoteGenerators.AssemblyRules)),
                p =>
                {
                    var (tally, rule) = p;
                    var moreYes = tally with { Yes = tally.Yes + 1 };
                    var abstainerSaysYes = tally.Abstain > 0 ? tally with { Yes = tally.Yes + 1, Abstain = tally.Abstain - 1 } : moreYes;
                    return rule.Decide(tally, Name).Outcome != VoteOutcome.Adopted
                        || (rule.Decide(moreYes, Name).Outcome == VoteOutcome.Adopted && rule.Decide(abstainerSaysYes, Name).Outcome == VoteOutcome.Adopted);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_yes_in_the_Council_never_turns_an_adoption_into_a_rejection_whatever_the_permanent_members_do()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.CouncilVotes.Zip(Gen.Choose(0, 14))),
                p =>
                {
                    var (vote, index) = p;
                    var seat = index % vote.Opened.Members.Length;
                    return vote.Decide().Outcome != VoteOutcome.Adopted || vote.With(seat, Vote.Yes).Decide().Outcome == VoteOutcome.Adopted;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_draft_is_vetoed_without_the_affirmative_votes_required()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.CouncilVotes),
                vote =>
                {
                    var decision = vote.Decide();
                    var permanentAgainst = vote.Opened.Members.Zip(vote.Ballots)
                        .Where(p => vote.Opened.Permanent.Contains(p.First) && p.Second == Vote.No)
                        .Select(p => p.First);
                    return decision.Outcome switch
                    {
                        VoteOutcome.Vetoed => !vote.Procedural
                            && decision.Tally.Yes >= decision.Required
                            && decision.VetoedBy.SequenceEqual(permanentAgainst),
                        _ => decision.VetoedBy.IsEmpty,
                    };
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_Council_adopts_exactly_when_the_affirmative_votes_are_there_and_no_permanent_member_on_a_substantive_question_says_no()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.CouncilVotes),
                vote =>
                {
                    var decision = vote.Decide();
                    var required = vote.Opened.Members.Length == 11 ? 7 : 9;
                    var yes = vote.Ballots.Count(b => b == Vote.Yes);
                    var vetoed = !vote.Procedural && vote.Opened.Members.Zip(vote.Ballots).Any(p => vote.Opened.Permanent.Contains(p.First) && p.Second == Vote.No);
                    var expected = yes < required ? VoteOutcome.Rejected : vetoed ? VoteOutcome.Vetoed : VoteOutcome.Adopted;
                    return decision.Required == required && decision.Outcome == expected;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Two_thirds_adopt_exactly_when_three_yes_are_at_least_twice_those_present_and_voting()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyTallies),
                tally =>
                {
                    var adopted = MajorityRule.TwoThirds.Decide(tally, Name).Outcome == VoteOutcome.Adopted;
                    var expected = 3 * tally.Yes >= 2 * (tally.Yes + tally.No) && tally.Yes + tally.No > 0;
                    return adopted == expected;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_simple_majority_adopts_exactly_when_more_vote_for_than_against()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyTallies),
                tally => (MajorityRule.Simple.Decide(tally, Name).Outcome == VoteOutcome.Adopted) == (tally.Yes > tally.No))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_Assembly_adopts_exactly_when_the_yes_votes_reach_the_required_number()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyTallies.Zip(VoteGenerators.AssemblyRules)),
                p =>
                {
                    var (tally, rule) = p;
                    var decision = rule.Decide(tally, Name);
                    return tally.PresentAndVoting == 0
                        ? decision.Outcome == VoteOutcome.Rejected
                        : (decision.Outcome == VoteOutcome.Adopted) == (tally.Yes >= decision.Required);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_adopted_Council_decision_has_at_least_the_required_affirmative_votes()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.CouncilVotes),
                vote =>
                {
                    var decision = vote.Decide();
                    return decision.Outcome != VoteOutcome.Adopted || decision.Tally.Yes >= decision.Required;
                })
            .QuickCheckThrowOnFailure();
    }

    private static string Name(StateCode code) => code.Value;
}
