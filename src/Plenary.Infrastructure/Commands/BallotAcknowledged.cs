using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Infrastructure.Commands;

/// <summary>A request to cast a vote, sent with an idempotency key, was answered: a retry gets the same answer and never counts twice.</summary>
/// <remarks>
/// A ballot that casts a vote is answered by that vote, which carries the key as its reference.
/// One that changes nothing (the State had voted so already) casts no vote: its answer is appended
/// as this event to a stream of its own, expected new, so a second request with the key conflicts
/// instead of voting again. Logs written before votes had references hold one for every ballot.
/// </remarks>
public sealed record BallotAcknowledged(string Meeting, string Key, int Question, StateCode State, Vote Vote, long Version)
{
    /// <remarks>A meeting id has no '/', so the first '/' ends it and no other meeting and key can name the same stream.</remarks>
    public static string Stream(string meeting, string key) => $"ballot-{meeting}/{key}";
}
