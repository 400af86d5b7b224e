using System.Collections.Immutable;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>A decision taken in a scenario, as printed one JSON object per line by <c>plenary run --json</c>.</summary>
public sealed record DecisionRecord(
    string Document,
    string Body,
    string Date,
    string? Meeting,
    string Question,
    string Method,
    int Yes,
    int No,
    int Abstain,
    int NonVoting,
    int Required,
    string Majority,
    string Outcome,
    ImmutableArray<string> VetoedBy,
    string? Resolution,
    string Explanation,
    VoteLists Votes,
    ImmutableArray<VoteIntention> Intentions);

/// <summary>Each State's vote in English alphabetical order; empty for a vote that records only numbers.</summary>
public sealed record VoteLists(ImmutableArray<string> Yes, ImmutableArray<string> No, ImmutableArray<string> Abstain, ImmutableArray<string> NonVoting);

/// <summary>A delegation's statement after the vote of how it meant to vote; it never changes the result.</summary>
public sealed record VoteIntention(string State, string? Intended);
