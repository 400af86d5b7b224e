using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>A question put to the body: how it is decided, who may vote, and the votes so far.</summary>
/// <remarks>
/// Ballots are kept as one byte per seat in the members' order: casting a vote copies 193 bytes,
/// and counting is one pass over them, which keeps a meeting's fold and a decision fast.
/// </remarks>
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
    IReadOnlyDictionary<StateCode, int> Seats,
    ImmutableArray<byte> Marks,
    Tally? Counts,
    bool Closed,
    Decision? Decision,
    ImmutableDictionary<StateCode, Vote?> Intentions)
{
    /// <summary>When the chair last announced the lock, if it did.</summary>
    public DateTimeOffset? LockAnnouncedAt { get; init; }

    /// <summary>When the announced countdown ends: the chair may lock from then on, not before.</summary>
    public DateTimeOffset? LocksAt { get; init; }

    public static QuestionRecord Open(VoteOpened e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var seats = new Dictionary<StateCode, int>(e.Members.Length);
        for (var i = 0; i < e.Members.Length; i++)
        {
            seats[e.Members[i]] = i;
        }

        var ballots = ImmutableArray.Create(new byte[e.Members.Length]);
        return new QuestionRecord(
            e.Question, e.On, e.QuestionKind, e.Method, e.Rule, e.Members, e.Permanent, e.CannotVote, e.MustAbstain, e.CallOrder, e.Sets,
            seats, ballots, null, false, null, ImmutableDictionary<StateCode, Vote?>.Empty);
    }

    public static QuestionRecord WithoutVote(AdoptedWithoutVote e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new QuestionRecord(
            e.Question, e.On, e.QuestionKind, VoteMethod.WithoutVote, MajorityRule.Simple, [], [], ImmutableDictionary<StateCode, NonVotingReason>.Empty, [], [], null,
            ImmutableDictionary<StateCode, int>.Empty, [], null, true, Voting.Decision.WithoutVote, ImmutableDictionary<StateCode, Vote?>.Empty);
    }

    /// <summary>Each member's vote in the members' order, null where none was cast.</summary>
    public IReadOnlyList<Vote?> Ballots => [.. Marks.Select(Unmark)];

    public bool IsMember(StateCode code) => Seats.ContainsKey(code);

    public Vote? BallotOf(StateCode code) => Seats.TryGetValue(code, out var seat) ? Unmark(Marks[seat]) : null;

    public QuestionRecord WithBallot(StateCode code, Vote vote) => this with { Marks = Marks.SetItem(Seats[code], Mark(vote)) };

    private static byte Mark(Vote vote) => checked((byte)((int)vote + 1));

    private static Vote? Unmark(byte mark) => mark == 0 ? null : (Vote)(mark - 1);

    /// <summary>The votes cast, in the members' (English alphabetical) order.</summary>
    public IEnumerable<(StateCode State, Vote Vote)> Cast()
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (Unmark(Marks[i]) is { } vote)
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
            if (Marks[i] == 0)
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
        foreach (var mark in Marks.AsSpan())
        {
            switch (mark)
            {
                case 1: yes++; break;
                case 2: no++; break;
                case 3: abstain++; break;
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
