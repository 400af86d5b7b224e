using System.Collections.Immutable;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>What a scenario run produced: the decisions and the record, or every error found.</summary>
public sealed record ScenarioResult(
    string Title,
    ImmutableArray<DecisionRecord> Decisions,
    ImmutableArray<string> Record,
    ImmutableArray<ScenarioError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
