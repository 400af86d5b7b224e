using System.Collections.Frozen;
using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>A question put to the body: how it is decided, who may vote, and the votes so far.</summary>
/// <remarks>Ballots are kept in the members' order so that counting a 193-member vote is one pass over an array.</remarks>
public sealed record QuestionRecord(
    int Number,
    string On,
    string QuestionKind,
    VoteMethod Method,
    MajorityRule Rule,
    ImmutableArray<StateCode> Members,
    ImmutableArray<StateCode> Permanent,
    ImmutableDictionary<StateCode, NonVotingReason> CannotVote,
    ImmutableArray<StateCode> MustAbstain,
    ImmutableArray<StateCode> CallOrder,
    MajorityDecision? Sets,
    FrozenDictionary<StateCode, int> Seats,
    ImmutableArray<Vote?> Ballots,
    Tally? Counts,
    bool Closed,
    Decision? Decision,
    ImmutableDictionary<StateCode, Vote?> Intentions)
{
    public static QuestionRecord Open(VoteOpened e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var seats = e.Members.Select((code, index) => (code, index)).ToFrozenDictionary(p => p.code, p => p.index);
        var ballots = ImmutableArray.Create(new Vote?[e.Members.Length]);
        return new QuestionRecord(
            e.Question, e.On, e.QuestionKind, e.Method, e.Rule, e.Members, e.Permanent, e.CannotVote, e.MustAbstain, e.CallOrder, e.Sets,
            seats, ballots, null, false, null, ImmutableDictionary<StateCode, Vote?>.Empty);
    }

    public static QuestionRecord WithoutVote(AdoptedWithoutVote e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new QuestionRecord(
            e.Question, e.On, e.QuestionKind, VoteMethod.WithoutVote, MajorityRule.Simple, [], [], ImmutableDictionary<StateCode, NonVotingReason>.Empty, [], [], null,
            FrozenDictionary<StateCode, int>.Empty, [], null, true, Voting.Decision.WithoutVote, ImmutableDictionary<StateCode, Vote?>.Empty);
    }

    public bool IsMember(StateCode code) => Seats.ContainsKey(code);

    public Vote? BallotOf(StateCode code) => Seats.TryGetValue(code, out var seat) ? Ballots[seat] : null;

    public QuestionRecord WithBallot(StateCode code, Vote vote) => this with { Ballots = Ballots.SetItem(Seats[code], vote) };

    /// <summary>The votes cast, in the members' (English alphabetical) order.</summary>
    public IEnumerable<(StateCode State, Vote Vote)> Cast()
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (Ballots[i] is { } vote)
            {
                yield return (Members[i], vote);
            }
        }
    }

    /// <summary>The members recorded as non-voting: absent, silent or without a vote.</summary>
    public IEnumerable<StateCode> NonVoting()
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (Ballots[i] is null)
            {
                yield return Members[i];
            }
        }
    }

    /// <summary>Counts the votes as they stand; the permanent members voting against are listed in the Council's order.</summary>
    public Tally Tally()
    {
        if (Counts is { } counts)
        {
            return counts with { NonVoting = Math.Max(0, Members.Length - counts.Present) };
        }

        int yes = 0, no = 0, abstain = 0;
        foreach (var ballot in Ballots)
        {
            switch (ballot)
            {
                case Vote.Yes: yes++; break;
                case Vote.No: no++; break;
                case Vote.Abstain: abstain++; break;
            }
        }

        var against = ImmutableArray<StateCode>.Empty;
        foreach (var permanent in Permanent)
        {
            if (BallotOf(permanent) == Vote.No)
            {
                against = against.Add(permanent);
            }
        }

        return new Tally(yes, no, abstain, checked(Members.Length - yes - no - abstain), against);
    }
}
