using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>Something that happened in a meeting.</summary>
public abstract record MeetingEvent;

/// <summary>The chair declared the meeting open.</summary>
public sealed record MeetingOpened(string MeetingId, BodyId Body, string? Symbol, DateOnly Date, string? Session) : MeetingEvent;

public sealed record AgendaItemAdopted(int Number, string Title) : MeetingEvent;

/// <summary>The body limited the time of each speaker (GA rule 72).</summary>
public sealed record SpeakingTimeLimitSet(int Minutes) : MeetingEvent;

/// <summary>A delegation was put on the list of speakers; <paramref name="Precedence"/> places it ahead of those inscribed in order of request.</summary>
public sealed record SpeakerInscribed(StateCode State, SpeechKind Kind, string? Document, bool Precedence) : MeetingEvent;

/// <summary>The list of speakers was declared closed with the body's consent (GA rule 73).</summary>
public sealed record ListOfSpeakersClosed : MeetingEvent;

/// <summary>The chair gave the floor to a speaker.</summary>
public sealed record FloorGiven(StateCode State, SpeechKind Kind) : MeetingEvent;

/// <summary>The chair put a question to the vote: the rule and the electorate are fixed from now on.</summary>
/// <remarks>
/// The required majority is attached to the question when the vote opens (Art. 18(3); rule 83-86);
/// the roll-call order starts from the Member drawn by lot (rule 87).
/// </remarks>
public sealed record VoteOpened(
    int Question,
    string On,
    string QuestionKind,
    VoteMethod Method,
    MajorityRule Rule,
    ImmutableArray<StateCode> Members,
    ImmutableArray<StateCode> Permanent,
    ImmutableDictionary<StateCode, NonVotingReason> CannotVote,
    ImmutableArray<StateCode> MustAbstain,
    ImmutableArray<StateCode> CallOrder,
    MajorityDecision? Sets) : MeetingEvent;

/// <summary>A State voted, or changed its vote before the lock.</summary>
/// <param name="Reference">The delegation's own reference for this ballot, if it gave one: a ballot sent again with it is recognised and never counted twice, and the delegation can find its ballot in the record.</param>
public sealed record VoteCast(int Question, StateCode State, Vote Vote, string? Reference = null) : MeetingEvent;

/// <summary>In a non-recorded vote only the numbers are recorded (rule 87(b)).</summary>
public sealed record VoteCountsRecorded(int Question, int Yes, int No, int Abstain) : MeetingEvent;

/// <summary>The chair announced that the voting will be closed at <paramref name="LocksAt"/>; votes are still cast and changed until the lock itself.</summary>
/// <remarks>GA rule 88 and practice: "the machine will be locked" is said shortly before the President closes the voting.</remarks>
public sealed record VoteLockAnnounced(int Question, DateTimeOffset AnnouncedAt, DateTimeOffset LocksAt) : MeetingEvent;

/// <summary>The chair closed the voting; no vote is accepted or changed after this.</summary>
public sealed record VotingClosed(int Question) : MeetingEvent;

/// <summary>The chair announced the result.</summary>
public sealed record ResultAnnounced(int Question, Decision Decision) : MeetingEvent;

/// <summary>The President heard no objection and declared the proposal adopted.</summary>
public sealed record AdoptedWithoutVote(int Question, string On, string QuestionKind) : MeetingEvent;

/// <summary>After the vote a delegation said it had meant to vote otherwise: recorded beside the result, never counted.</summary>
public sealed record VoteIntentionStated(int Question, StateCode State, Vote? Intended) : MeetingEvent;

public sealed record MeetingAdjourned : MeetingEvent;
