using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>Why a State on the board has no ordinary vote on the question.</summary>
public enum NoVoteMark
{
    /// <summary>Arrears under Charter Art. 19.</summary>
    Article19,

    /// <summary>Barred from the Assembly's work (GA res. 47/1).</summary>
    NotParticipating,

    /// <summary>A party to the dispute in a Council decision under Chapter VI (Art. 27(3)): it may only abstain.</summary>
    MustAbstain,

    /// <summary>An observer State: it sits but never votes.</summary>
    Observer,
}

/// <summary>One State's light on the board: its vote so far, and why it has none where it may not vote.</summary>
/// <param name="Name">The State's name on the meeting's date, in the page's language.</param>
/// <param name="Vote">The vote cast, or null until cast.</param>
/// <param name="Veto">True when the announced result names this permanent member's negative vote as a veto.</param>
public sealed record BoardLight(StateCode State, string Name, Vote? Vote, NoVoteMark? NoVote, bool Permanent, bool Veto)
{
    /// <summary>The value of <c>data-vote</c>.</summary>
    public string VoteWord => Vote switch
    {
        Domain.Voting.Vote.Yes => "yes",
        Domain.Voting.Vote.No => "no",
        Domain.Voting.Vote.Abstain => "abstain",
        _ => "none",
    };

    /// <summary>The value of <c>data-no-vote</c>, or null when the State may vote.</summary>
    public string? NoVoteWord => NoVote switch
    {
        NoVoteMark.Article19 => "article-19",
        NoVoteMark.NotParticipating => "not-participating",
        NoVoteMark.MustAbstain => "must-abstain",
        NoVoteMark.Observer => "observer",
        _ => null,
    };
}
