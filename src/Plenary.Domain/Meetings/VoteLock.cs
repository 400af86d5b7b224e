using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>Announcing the lock of a vote and keeping the promise it makes to the delegations.</summary>
/// <remarks>
/// GA rule 88 and practice: the President announces that the voting will be closed ("the machine
/// will be locked") and closes it shortly after; until the lock itself a delegation may still
/// vote or change its vote, also once the countdown has run out. The announcement is a promise:
/// delegations may count on the time given, so the chair may not lock before it ends, nor
/// announce again with an earlier end. Announcing again with a later end extends the countdown
/// (a delegation asked for time, a console failed). Without an announcement the chair may lock
/// at once, as before. A roll-call (rule 87(a)) has no machine to lock: it ends with the last
/// Member called.
/// </remarks>
public static class VoteLock
{
    public const int MinSeconds = 0;

    /// <summary>Five minutes: longer than that the chair suspends or waits, not counts down.</summary>
    public const int MaxSeconds = 300;

    /// <summary>
    /// Thirty seconds: enough for a delegation voting from its own device to see the notice on the
    /// board and press a button over a slow connection, short enough not to hold the hall.
    /// </summary>
    public const int DefaultSeconds = 30;

    internal static ImmutableArray<MeetingEvent> Announce(MeetingState state, AnnounceVoteLock command)
    {
        var question = state.Current ?? throw Questions.NoVote();
        if (question.Closed)
        {
            throw new ProcedureViolation("voting-closed", "rule 88", $"Voting on {question.On} is already closed; there is nothing left to announce.");
        }

        if (question.Method == VoteMethod.RollCall)
        {
            throw new ProcedureViolation("roll-call-has-no-lock", "rule 87(a)", "In a roll-call each Member answers when called and the vote ends with the last one; there is no voting machine to lock.");
        }

        if (command.Seconds is < MinSeconds or > MaxSeconds)
        {
            throw new ProcedureViolation("invalid-lock-countdown", "rule 88; practice", string.Create(CultureInfo.InvariantCulture, $"The countdown to the lock is from {MinSeconds} to {MaxSeconds} seconds, not {command.Seconds}."));
        }

        var announcedAt = command.At.ToUniversalTime();
        var locksAt = announcedAt.AddSeconds(command.Seconds);
        if (question.LocksAt is { } promised)
        {
            if (locksAt < promised)
            {
                throw new ProcedureViolation("lock-brought-forward", "rule 88; practice", $"The voting was announced to close at {Clock(promised)}; delegations were promised until then, so the lock cannot be brought forward.");
            }

            if (locksAt == promised)
            {
                return [];
            }
        }

        return [new VoteLockAnnounced(question.Number, announcedAt, locksAt)];
    }

    /// <summary>Refuses a lock before the announced time.</summary>
    /// <exception cref="ArgumentException">The host did not say when it locks although a lock was announced.</exception>
    internal static void RequireCountdownOver(QuestionRecord question, CloseVoting command)
    {
        if (question.LocksAt is not { } locksAt)
        {
            return;
        }

        var at = command.At ?? throw new ArgumentException("A lock after an announced countdown needs the time it is made.", nameof(command));
        if (at < locksAt)
        {
            var remaining = (long)Math.Ceiling((locksAt - at).TotalSeconds);
            throw new ProcedureViolation(
                "lock-before-announced-time",
                "rule 88; practice",
                string.Create(CultureInfo.InvariantCulture, $"The voting was announced to close at {Clock(locksAt)}; delegations may vote until then ({remaining} {(remaining == 1 ? "second" : "seconds")} more)."));
        }
    }

    private static string Clock(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("HH':'mm':'ss' UTC'", CultureInfo.InvariantCulture);
}
