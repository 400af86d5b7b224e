using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Infrastructure.Commands;

/// <summary>A request to cast a vote, sent with an idempotency key, was answered: kept in its own stream so that a retry gets the same answer and never counts twice.</summary>
/// <remarks>Appended with the vote it acknowledges, in the same append, to a stream expected new; a second request with the key conflicts instead of voting again.</remarks>
public sealed record BallotAcknowledged(string Meeting, string Key, int Question, StateCode State, Vote Vote, long Version)
{
    /// <remarks>A meeting id has no '/', so the first '/' ends it and no other meeting and key can name the same stream.</remarks>
    public static string Stream(string meeting, string key) => $"ballot-{meeting}/{key}";
}
