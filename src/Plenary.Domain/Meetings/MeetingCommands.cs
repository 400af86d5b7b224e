using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

public abstract record MeetingCommand;

public sealed record OpenMeeting(string MeetingId, BodyId Body, string? Symbol, DateOnly Date, string? Session) : MeetingCommand;

public sealed record AdoptAgendaItem(int Number, string Title) : MeetingCommand;

public sealed record SetSpeakingTimeLimit(int Minutes) : MeetingCommand;

public sealed record InscribeSpeaker(StateCode State, SpeechKind Kind, string? Document = null, bool Precedence = false) : MeetingCommand;

public sealed record CloseListOfSpeakers : MeetingCommand;

/// <summary>Gives the floor to the next speaker on the list; a named State must be that speaker.</summary>
public sealed record GiveFloor(StateCode? State = null) : MeetingCommand;

/// <summary>Puts a question to the vote.</summary>
/// <param name="LotSeed">Chosen by the host; the roll-call's first State is drawn from it and recorded.</param>
/// <param name="MustAbstain">Parties to a dispute under Chapter VI, as determined by the Council (Art. 27(3)).</param>
/// <param name="Sets">When this question decides the majority another proposal needs (Art. 18(3)).</param>
public sealed record OpenVote(
    string On,
    string QuestionKind,
    VoteMethod Method,
    int LotSeed = 0,
    ImmutableArray<StateCode> MustAbstain = default,
    MajorityDecision? Sets = null) : MeetingCommand;

/// <param name="Reference">The delegation's own reference for the ballot, recorded with it (see <see cref="VoteCast.Reference"/>).</param>
public sealed record CastVote(StateCode State, Vote Vote, string? Reference = null) : MeetingCommand;

public sealed record RecordVoteCounts(int Yes, int No, int Abstain) : MeetingCommand;

/// <summary>The chair announces that the voting will be closed ("the machine will be locked") when the countdown ends.</summary>
/// <param name="At">When the chair announced it, as the host's clock gives it.</param>
/// <param name="Seconds">The countdown, from <see cref="VoteLock.MinSeconds"/> to <see cref="VoteLock.MaxSeconds"/>.</param>
public sealed record AnnounceVoteLock(DateTimeOffset At, int Seconds = VoteLock.DefaultSeconds) : MeetingCommand;

/// <summary>Closes (locks) the voting.</summary>
/// <param name="At">When the chair locks, as the host's clock gives it; needed only once a lock has been announced, for the domain has no clock.</param>
public sealed record CloseVoting(DateTimeOffset? At = null) : MeetingCommand;

public sealed record AnnounceResult : MeetingCommand;

public sealed record AdoptWithoutVoteCommand(string On, string QuestionKind) : MeetingCommand;

public sealed record StateVoteIntention(int Question, StateCode State, Vote? Intended) : MeetingCommand;

public sealed record AdjournMeeting : MeetingCommand;
