using System.Collections.Immutable;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Infrastructure.Projections;

/// <summary>Turns the log into the rows of the decisions and recorded-votes read models: events in, row changes out, no I/O.</summary>
/// <remarks>
/// It keeps only what a later event needs: each meeting's header and the question being voted, and
/// which draft stream a symbol (or a revision's symbol) belongs to, so that the resolution symbol an
/// adopted draft receives (in the same commit as the result) lands on the decision that adopted it.
/// A decided question is forgotten at once, so the state stays small over a long log.
/// The same events in give the same changes out, whether one at a time or all at once.
/// </remarks>
public sealed record RecordsProjector(
    long Position,
    ImmutableDictionary<string, MeetingInProgress> Meetings,
    ImmutableDictionary<string, string> DraftStreams,
    ImmutableDictionary<string, (string Meeting, int Question)> AwaitingAction)
{
    public static RecordsProjector Initial { get; } = new(
        0,
        ImmutableDictionary.Create<string, MeetingInProgress>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, (string, int)>(StringComparer.Ordinal));

    /// <summary>Applies events in position order, adding what they change to <paramref name="changes"/>.</summary>
    public RecordsProjector Apply(IEnumerable<RecordedEvent> events, List<RecordsChange> changes)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(changes);
        var projector = this;
        foreach (var e in events)
        {
            projector = projector.Apply(e, changes);
        }

        return projector;
    }

    /// <summary>Applies one event; an event at or before <see cref="Position"/> was applied already and changes nothing.</summary>
    public RecordsProjector Apply(RecordedEvent recorded, List<RecordsChange> changes)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(changes);
        if (recorded.Position <= Position)
        {
            return this;
        }

        var next = this with { Position = recorded.Position };
        var stream = recorded.Stream;
        return recorded.Event switch
        {
            MeetingOpened e => next with { Meetings = Meetings.SetItem(stream, new MeetingInProgress(e.MeetingId, e.Body.Value, e.Symbol, e.Session, e.Date, null)) },
            VoteOpened e => next.WithQuestion(stream, _ => QuestionRecord.Open(e)),
            VoteCast e => next.WithQuestion(stream, q => q!.WithBallot(e.State, e.Vote)),
            VoteCountsRecorded e => next.WithQuestion(stream, q => q! with { Counts = Tally.Of(e.Yes, e.No, e.Abstain) }),
            ResultAnnounced e => next.Decide(stream, Meetings[stream].Current!, e.Decision, recorded.Position, changes),
            AdoptedWithoutVote e => next.Decide(stream, QuestionRecord.WithoutVote(e), Decision.WithoutVote, recorded.Position, changes),
            DraftSubmitted e => next with { DraftStreams = DraftStreams.SetItem(e.Symbol, stream) },
            DraftRevised e => next with { DraftStreams = DraftStreams.SetItem(e.NewSymbol, stream) },
            ActionTakenOnDraft e => next.ActionTaken(stream, e, changes),
            _ => next,
        };
    }

    private RecordsProjector WithQuestion(string stream, Func<QuestionRecord?, QuestionRecord> change)
    {
        var meeting = Meetings[stream];
        return this with { Meetings = Meetings.SetItem(stream, meeting with { Current = change(meeting.Current) }) };
    }

    private RecordsProjector Decide(string stream, QuestionRecord question, Decision decision, long position, List<RecordsChange> changes)
    {
        var meeting = Meetings[stream];
        var withoutVote = question.Method == VoteMethod.WithoutVote;
        var row = new DecisionRow(
            meeting.Id,
            question.Number,
            position,
            meeting.Body,
            meeting.Symbol,
            meeting.Session,
            meeting.Date,
            question.On,
            question.QuestionKind,
            question.Method.Word(),
            decision.Outcome.Word(),
            decision.Tally.Yes,
            decision.Tally.No,
            decision.Tally.Abstain,
            withoutVote ? 0 : decision.Tally.NonVoting,
            withoutVote ? "none" : question.Rule.Code,
            decision.Required,
            string.Join(' ', decision.VetoedBy.Select(s => s.Value)),
            null,
            decision.Explanation);
        var votes = question.Method is VoteMethod.Recorded or VoteMethod.RollCall
            ? [.. question.Members.Select(m => new RecordedVoteRow(meeting.Id, question.Number, m.Value, Word(question.BallotOf(m))))]
            : ImmutableArray<RecordedVoteRow>.Empty;
        changes.Add(new DecisionTaken(row, votes));
        var awaiting = DraftStreams.TryGetValue(question.On, out var draft)
            ? AwaitingAction.SetItem(draft, (meeting.Id, question.Number))
            : AwaitingAction;
        return this with { Meetings = Meetings.SetItem(stream, meeting with { Current = null }), AwaitingAction = awaiting };
    }

    private RecordsProjector ActionTaken(string stream, ActionTakenOnDraft e, List<RecordsChange> changes)
    {
        if (!AwaitingAction.TryGetValue(stream, out var decision))
        {
            return this;
        }

        if (e.Resolution is { } resolution)
        {
            changes.Add(new ResolutionGiven(decision.Meeting, decision.Question, resolution));
        }

        return this with { AwaitingAction = AwaitingAction.Remove(stream) };
    }

    private static string Word(Vote? vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        _ => "non-voting",
    };
}
