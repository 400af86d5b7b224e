using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Voting;

/// <summary>The result of a vote as the chair announces it.</summary>
/// <remarks>
/// Immutable once announced: a correction stated after the vote is recorded beside it and never
/// recomputes it (practice; un-procedure §9).
/// </remarks>
public sealed record Decision(VoteOutcome Outcome, Tally Tally, int Required, ImmutableArray<StateCode> VetoedBy, string Explanation)
{
    /// <summary>A draft adopted without a vote: the President heard no objection.</summary>
    public static Decision WithoutVote { get; } = new(VoteOutcome.Adopted, Tally.Of(0, 0, 0), 0, [], "Adopted without a vote");
}
