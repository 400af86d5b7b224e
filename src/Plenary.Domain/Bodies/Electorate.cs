using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Bodies;

/// <summary>Who sits in a body on a date, who holds a veto, and who may not vote.</summary>
/// <remarks>
/// Fixed when a vote opens and stored in the event, so that replay gives the same result even
/// after the reference data changes (Charter Art. 9, 18, 19, 23, 27).
/// </remarks>
public sealed record Electorate(
    ImmutableArray<StateCode> Members,
    ImmutableArray<StateCode> Permanent,
    ImmutableDictionary<StateCode, NonVotingReason> CannotVote)
{
    private readonly ImmutableHashSet<StateCode> _members = [.. Members];

    public int Size => Members.Length;

    public bool IsMember(StateCode code) => _members.Contains(code);

    public bool IsPermanent(StateCode code) => Permanent.Contains(code);

    public bool MayVote(StateCode code) => _members.Contains(code) && !CannotVote.ContainsKey(code);
}
