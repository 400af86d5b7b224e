using System.Collections.Immutable;

namespace Plenary.Infrastructure.Projections;

/// <summary>What an event changes in the read models of decisions and recorded votes.</summary>
public abstract record RecordsChange;

/// <summary>A result was announced (or a draft adopted without a vote): one decision row and, for a recorded vote, a row per State.</summary>
public sealed record DecisionTaken(DecisionRow Decision, ImmutableArray<RecordedVoteRow> Votes) : RecordsChange;

/// <summary>The draft a decision adopted was numbered as a resolution, in the same commit as the decision.</summary>
public sealed record ResolutionGiven(string Meeting, int Question, string Resolution) : RecordsChange;
