namespace Plenary.Infrastructure.Projections;

/// <summary>One row of the recorded-votes read model: how one State voted on one decision taken by a recorded or roll-call vote.</summary>
/// <remarks><paramref name="Vote"/> is <c>yes</c>, <c>no</c>, <c>abstain</c> or <c>non-voting</c> (absent, silent or without a vote, as the record lists them).</remarks>
public sealed record RecordedVoteRow(string Meeting, int Question, string State, string Vote);
