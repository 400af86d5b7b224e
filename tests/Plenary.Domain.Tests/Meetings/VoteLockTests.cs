using Plenary.Domain.Meetings;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Meetings;

/// <summary>Rule 88 and practice: the President announces that the machine will be locked, then locks it; delegations vote until the lock.</summary>
public class VoteLockTests
{
    private static readonly DateTimeOffset Announced = new(2022, 3, 2, 15, 42, 5, TimeSpan.Zero);

    private static readonly VoteOpened Draft = AnAssemblyVoteOpened("A/ES-11/L.1");

    private static readonly MeetingEvent[] Voting =
    [
        AnOpenedGaMeeting(Es11Vote),
        Draft,
        .. Votes(1, Vote.Yes, "ALB", "FRA", "GBR", "UKR"),
        .. Votes(1, Vote.No, "RUS", "BLR"),
    ];

    private static readonly VoteLockAnnounced ThirtySeconds = new(1, Announced, Announced.AddSeconds(30));

    [Fact]
    public void The_chair_announces_the_lock_with_a_countdown_and_the_question_shows_when_it_locks()
    {
        var state = MeetingSpec.Given([.. Voting])
            .When(new AnnounceVoteLock(Announced, 30))
            .Then(ThirtySeconds);

        Assert.Equal(Announced, state.Current!.LockAnnouncedAt);
        Assert.Equal(Announced.AddSeconds(30), state.Current.LocksAt);
        Assert.False(state.Current.Closed);
    }

    [Fact]
    public void Without_a_countdown_the_lock_is_announced_for_thirty_seconds_later()
    {
        MeetingSpec.Given([.. Voting])
            .When(new AnnounceVoteLock(Announced))
            .Then(ThirtySeconds);
    }

    [Fact]
    public void The_announcement_is_recorded_in_UTC_whatever_the_offset_of_the_host_clock()
    {
        var newYork = new DateTimeOffset(2022, 3, 2, 10, 42, 5, TimeSpan.FromHours(-5));

        var state = MeetingSpec.Given([.. Voting])
            .When(new AnnounceVoteLock(newYork, 30))
            .Then(ThirtySeconds);

        Assert.Equal(TimeSpan.Zero, state.Current!.LocksAt!.Value.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    public void A_countdown_from_none_to_five_minutes_is_accepted(int seconds)
    {
        MeetingSpec.Given([.. Voting])
            .When(new AnnounceVoteLock(Announced, seconds))
            .Then(new VoteLockAnnounced(1, Announced, Announced.AddSeconds(seconds)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(301)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void A_countdown_outside_none_to_five_minutes_is_refused(int seconds)
    {
        var error = MeetingSpec.Given([.. Voting])
            .When(new AnnounceVoteLock(Announced, seconds))
            .ThenFails("invalid-lock-countdown");

        Assert.Contains("from 0 to 300 seconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_is_announced_only_while_a_vote_is_open()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new AnnounceVoteLock(Announced))
            .ThenFails("no-vote-open");
        MeetingSpec.Given([.. Voting, new VotingClosed(1)])
            .When(new AnnounceVoteLock(Announced))
            .ThenFails("voting-closed");
    }

    [Fact]
    public void A_roll_call_has_no_machine_to_lock()
    {
        var rollCall = AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.RollCall);

        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), rollCall)
            .When(new AnnounceVoteLock(Announced))
            .ThenFails("roll-call-has-no-lock");
    }

    [Fact]
    public void A_non_recorded_vote_by_machine_is_announced_and_locked_like_a_recorded_one()
    {
        var nonRecorded = AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.NonRecorded);

        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), nonRecorded)
            .When(new AnnounceVoteLock(Announced, 10))
            .Then(new VoteLockAnnounced(1, Announced, Announced.AddSeconds(10)));
    }

    [Fact]
    public void Votes_are_cast_and_changed_after_the_announcement_and_after_the_countdown_ran_out_until_the_lock_itself()
    {
        // The domain has no clock: nothing about a ballot depends on the time, only on the lock.
        var spec = MeetingSpec.Given([.. Voting, ThirtySeconds]);

        spec.When(new CastVote(Code("IND"), Vote.Abstain)).Then(new VoteCast(1, Code("IND"), Vote.Abstain));
        spec.When(new CastVote(Code("ALB"), Vote.No)).Then(new VoteCast(1, Code("ALB"), Vote.No));
    }

    [Fact]
    public void The_chair_may_not_lock_before_the_announced_time_for_delegations_were_promised_until_then()
    {
        var error = MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new CloseVoting(Announced.AddSeconds(12.5)))
            .ThenFails("lock-before-announced-time");

        Assert.Equal("The voting was announced to close at 15:42:35 UTC; delegations may vote until then (18 seconds more).", error.Message);
    }

    [Fact]
    public void The_chair_locks_when_the_countdown_ends_or_later()
    {
        var state = MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new CloseVoting(Announced.AddSeconds(30)))
            .Then(new VotingClosed(1));
        MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new CloseVoting(Announced.AddMinutes(10)))
            .Then(new VotingClosed(1));

        Assert.True(state.Current!.Closed);
        Assert.Equal(Announced.AddSeconds(30), state.Current.LocksAt);
    }

    [Fact]
    public void Without_an_announcement_the_chair_locks_at_once_and_needs_give_no_time()
    {
        MeetingSpec.Given([.. Voting])
            .When(new CloseVoting())
            .Then(new VotingClosed(1));
        MeetingSpec.Given([.. Voting])
            .When(new CloseVoting(Announced))
            .Then(new VotingClosed(1));
    }

    [Fact]
    public void A_host_that_locks_an_announced_vote_without_saying_when_is_a_caller_bug()
    {
        var spec = MeetingSpec.Given([.. Voting, ThirtySeconds]);

        Assert.Throws<ArgumentException>(() => MeetingDecider.Decide(spec.State, new CloseVoting(), spec.Context(spec.State)));
    }

    [Fact]
    public void Announcing_again_with_a_later_end_extends_the_countdown()
    {
        var again = Announced.AddSeconds(20);

        var state = MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new AnnounceVoteLock(again, 60))
            .Then(new VoteLockAnnounced(1, again, again.AddSeconds(60)));

        Assert.Equal(again, state.Current!.LockAnnouncedAt);
        Assert.Equal(again.AddSeconds(60), state.Current.LocksAt);
        MeetingSpec.Given([.. Voting, ThirtySeconds, new VoteLockAnnounced(1, again, again.AddSeconds(60))])
            .When(new CloseVoting(Announced.AddSeconds(30)))
            .ThenFails("lock-before-announced-time");
    }

    [Fact]
    public void Announcing_again_with_an_earlier_end_is_refused_for_it_would_break_the_promise()
    {
        var error = MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new AnnounceVoteLock(Announced.AddSeconds(5), 10))
            .ThenFails("lock-brought-forward");

        Assert.Contains("15:42:35 UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcing_again_the_same_end_records_nothing()
    {
        MeetingSpec.Given([.. Voting, ThirtySeconds])
            .When(new AnnounceVoteLock(Announced.AddSeconds(10), 20))
            .Then();
    }

    [Fact]
    public void A_zero_countdown_lets_the_chair_lock_at_the_moment_of_the_announcement()
    {
        MeetingSpec.Given([.. Voting, new VoteLockAnnounced(1, Announced, Announced)])
            .When(new CloseVoting(Announced))
            .Then(new VotingClosed(1));
    }

    [Fact]
    public void The_announcement_stays_in_the_record_of_the_decided_question_and_the_next_vote_starts_without_one()
    {
        var result = MajorityRule.TwoThirds.Decide(Tally.Of(4, 2, 0, 27), _ => string.Empty);
        var decided = MeetingSpec.Given([.. Voting, ThirtySeconds, new VotingClosed(1), new ResultAnnounced(1, result)]).State;

        Assert.Equal(Announced.AddSeconds(30), decided.Decided[0].LocksAt);
        Assert.Null(decided.Current);

        var next = MeetingSpec.Given([.. Voting, ThirtySeconds, new VotingClosed(1), new ResultAnnounced(1, result), AnAssemblyVoteOpened("Motion", kind: "other", question: 2)]).State;
        Assert.Null(next.Current!.LockAnnouncedAt);
        Assert.Null(next.Current.LocksAt);
    }
}
