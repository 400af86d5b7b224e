using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Meetings;

/// <summary>A meeting as it stands: agenda, list of speakers, the question being voted and those decided.</summary>
public sealed record MeetingState(
    string Id,
    BodyId Body,
    string? Symbol,
    DateOnly Date,
    string? Session,
    bool Opened,
    bool Adjourned,
    ImmutableArray<AgendaItemAdopted> Agenda,
    int? SpeakingTimeLimit,
    ImmutableList<SpeakerEntry> Speakers,
    bool ListClosed,
    ImmutableArray<FloorGiven> Heard,
    ImmutableDictionary<StateCode, int> RepliesInscribed,
    QuestionRecord? Current,
    ImmutableList<QuestionRecord> Decided,
    ImmutableDictionary<string, MajorityRule> MajoritiesDecided)
{
    public static MeetingState Initial { get; } = new(
        string.Empty, default, null, default, null, false, false, [], null, [], false, [],
        ImmutableDictionary<StateCode, int>.Empty, null, [], ImmutableDictionary<string, MajorityRule>.Empty);

    public int QuestionsPut => Decided.Count + (Current is null ? 0 : 1);

    public static MeetingState Evolve(MeetingState state, MeetingEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            VoteCast e => state with { Current = state.Current!.WithBallot(e.State, e.Vote) },
            MeetingOpened e => state with { Id = e.MeetingId, Body = e.Body, Symbol = e.Symbol, Date = e.Date, Session = e.Session, Opened = true },
            AgendaItemAdopted e => state with { Agenda = state.Agenda.Add(e) },
            SpeakingTimeLimitSet e => state with { SpeakingTimeLimit = e.Minutes },
            SpeakerInscribed e => Inscribe(state, e),
            ListOfSpeakersClosed => state with { ListClosed = true },
            FloorGiven e => state with
            {
                Speakers = state.Speakers.RemoveAt(state.Speakers.FindIndex(s => s.State == e.State && s.Kind == e.Kind)),
                Heard = state.Heard.Add(e),
            },
            VoteOpened e => state with { Current = QuestionRecord.Open(e) },
            VoteCountsRecorded e => state with { Current = state.Current! with { Counts = Tally.Of(e.Yes, e.No, e.Abstain) } },
            VoteLockAnnounced e => state with { Current = state.Current! with { LockAnnouncedAt = e.AnnouncedAt, LocksAt = e.LocksAt } },
            VotingClosed => state with { Current = state.Current! with { Closed = true } },
            ResultAnnounced e => Announce(state, e),
            AdoptedWithoutVote e => state with { Decided = state.Decided.Add(QuestionRecord.WithoutVote(e)) },
            VoteIntentionStated e => WithIntention(state, e),
            MeetingAdjourned => state with { Adjourned = true },
            _ => state,
        };
    }

    public static MeetingState Fold(IEnumerable<MeetingEvent> events) => events.Aggregate(Initial, Evolve);

    private static MeetingState Inscribe(MeetingState state, SpeakerInscribed e)
    {
        var entry = new SpeakerEntry(e.State, e.Kind, e.Document, e.Precedence);
        var speakers = e.Precedence
            ? state.Speakers.Insert(state.Speakers.Count(s => s.Precedence), entry)
            : state.Speakers.Add(entry);
        var replies = e.Kind == SpeechKind.RightOfReply
            ? state.RepliesInscribed.SetItem(e.State, state.RepliesInscribed.GetValueOrDefault(e.State) + 1)
            : state.RepliesInscribed;
        return state with { Speakers = speakers, RepliesInscribed = replies };
    }

    private static MeetingState WithIntention(MeetingState state, VoteIntentionStated e)
    {
        var index = state.Decided.IndexOf(state.Decided.First(q => q.Number == e.Question));
        var question = state.Decided[index];
        return state with { Decided = state.Decided.SetItem(index, question with { Intentions = question.Intentions.SetItem(e.State, e.Intended) }) };
    }

    private static MeetingState Announce(MeetingState state, ResultAnnounced e)
    {
        var done = state.Current! with { Decision = e.Decision };
        var majorities = state.MajoritiesDecided;
        if (done.Sets is { } sets && e.Decision.Outcome == VoteOutcome.Adopted)
        {
            majorities = majorities.SetItem(sets.For, sets.Rule);
        }

        return state with { Current = null, Decided = state.Decided.Add(done), MajoritiesDecided = majorities };
    }
}
