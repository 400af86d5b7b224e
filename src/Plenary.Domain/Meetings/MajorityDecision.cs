using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>A question whose adoption fixes the majority another proposal needs.</summary>
/// <remarks>Charter Art. 18(3): additional categories of questions to be decided by two thirds are themselves decided by a simple majority (e.g. 6 Dec 2018, A/73/L.42).</remarks>
public sealed record MajorityDecision(string For, MajorityRule Rule);
