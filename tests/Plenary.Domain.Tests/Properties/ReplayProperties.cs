using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Properties;

/// <summary>Event sourcing: the state is a pure fold of the events, so replaying them always gives the same state.</summary>
public class ReplayProperties
{
    private static readonly MeetingEvent[] Opened = [AnOpenedGaMeeting(Es11Vote), VoteGenerators.AssemblyOf193];

    [Fact]
    public void Replaying_the_same_votes_always_gives_the_same_tally_and_ballots()
    {
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyCasts),
                casts =>
                {
                    MeetingEvent[] events = [.. Opened, .. casts.Select(c => new VoteCast(1, c.State, c.Vote))];

                    var once = MeetingState.Fold(events).Current!;
                    var twice = MeetingState.Fold(events).Current!;

                    return Structural.Describe(once.Tally()) == Structural.Describe(twice.Tally())
                        && once.Ballots.SequenceEqual(twice.Ballots)
                        && Structural.Describe(once.Tally()) == Structural.Describe(LastVoteCounts(casts));
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Deciding_then_evolving_gives_the_state_that_folding_the_recorded_events_gives()
    {
        var context = new MeetingContext(Body.GeneralAssembly, Register193, _ => null);
        Prop.ForAll(
                Arb.From(VoteGenerators.AssemblyCasts),
                casts =>
                {
                    var state = MeetingState.Fold(Opened);
                    var recorded = new List<MeetingEvent>();
                    foreach (var cast in casts)
                    {
                        var events = MeetingDecider.Decide(state, cast, context);
                        state = events.Aggregate(state, MeetingState.Evolve);
                        recorded.AddRange(events);
                    }

                    var replayed = MeetingState.Fold([.. Opened, .. recorded]).Current!;
                    return Structural.Describe(state.Current!.Tally()) == Structural.Describe(replayed.Tally())
                        && state.Current.Ballots.SequenceEqual(replayed.Ballots)
                        && Structural.Describe(replayed.Tally()) == Structural.Describe(LastVoteCounts(casts))
                        && recorded.Count <= casts.Length;
                })
            .QuickCheckThrowOnFailure();
    }

    private static Tally LastVoteCounts(ImmutableArray<CastVote> casts)
    {
        var last = new Dictionary<StateCode, Vote>();
        foreach (var cast in casts)
        {
            last[cast.State] = cast.Vote;
        }

        var yes = last.Values.Count(v => v == Vote.Yes);
        var no = last.Values.Count(v => v == Vote.No);
        var abstain = last.Values.Count(v => v == Vote.Abstain);
        return Tally.Of(yes, no, abstain, 193 - last.Count);
    }
}
