using System.Collections.Immutable;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>What a scenario run produced: the decisions and the record, or every error found.</summary>
public sealed record ScenarioResult(
    string Title,
    ImmutableArray<DecisionRecord> Decisions,
    ImmutableArray<string> Record,
    ImmutableArray<ScenarioError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;

    /// <summary>The events of a successful run as appends to an empty log, in the order recorded: what a server imports as history.</summary>
    public IReadOnlyList<StreamAppend> Appends { get; init; } = [];
}
