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

public sealed record CastVote(StateCode State, Vote Vote) : MeetingCommand;

public sealed record RecordVoteCounts(int Yes, int No, int Abstain) : MeetingCommand;

public sealed record CloseVoting : MeetingCommand;

public sealed record AnnounceResult : MeetingCommand;

public sealed record AdoptWithoutVoteCommand(string On, string QuestionKind) : MeetingCommand;

public sealed record StateVoteIntention(int Question, StateCode State, Vote? Intended) : MeetingCommand;

public sealed record AdjournMeeting : MeetingCommand;
