using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Resolutions;

namespace Plenary.Infrastructure.Commands;

/// <summary>Commands decided against the streams as they stood, their events staged until <see cref="Secretariat.CommitAsync"/> appends them all at once.</summary>
/// <remarks>
/// What follows a result belongs here, not in any one stream: an adopted draft receives its
/// resolution symbol from the body's record, a Council veto obliges the Assembly to debate it
/// (res. 76/262), and a Council decision asking for an emergency special session is recorded by
/// the Assembly (res. 377 A (V)). Reads see the staged events. Not thread-safe: one caller at a time.
/// </remarks>
public sealed class Batch
{
    private readonly Secretariat _secretariat;
    private Standing _view;
    private ImmutableList<StreamAppend> _appends = [];

    internal Batch(Secretariat secretariat, Standing view)
    {
        _secretariat = secretariat;
        _view = view;
    }

    public MembershipRegister Register => _secretariat.Register;

    public ImmutableDictionary<BodyId, Body> Bodies => _secretariat.Bodies;

    /// <summary>The appends that commit this batch: one per run of events on a stream, in the order decided, with expected versions.</summary>
    public IReadOnlyList<StreamAppend> Appends => _appends;

    public Body Body(BodyId id) => _secretariat.Body(id);

    /// <summary>The version of a stream with the staged events counted.</summary>
    public long Version(string stream) => _view.Version(stream);

    public MeetingState Meeting(string id) => _view.State(Secretariat.MeetingStream(id), MeetingState.Initial);

    public DraftState Draft(string symbol) => _view.State(Secretariat.DraftStream(symbol), DraftState.Initial);

    public BodyRecordState Record(BodyId body) => _view.State(Secretariat.BodyStream(body), BodyRecordState.Initial);

    /// <summary>The draft with this symbol, or the one a revision of it superseded, if it was submitted.</summary>
    public DraftState? FindDraft(string symbol)
    {
        var draft = Draft(symbol);
        if (draft.Status != DraftStatus.NotSubmitted)
        {
            return draft;
        }

        return _view.Revisions.TryGetValue(symbol, out var original) ? Draft(original) : null;
    }

    /// <summary>The resolution symbol an adopted draft received, if any.</summary>
    public string? ResolutionOf(string draft) => FindDraft(draft)?.Resolution;

    /// <summary>The answer already given to a ballot sent with this idempotency key, if any.</summary>
    public BallotAcknowledged? Acknowledgement(string meeting, string key) =>
        _view.Ballots.GetValueOrDefault(BallotAcknowledged.Stream(meeting, key));

    /// <summary>Stages the answer to a ballot request that cast no vote (the State had voted so already) in its own stream, which must be new.</summary>
    /// <remarks>A ballot that cast a vote needs none: its vote carries the key as its reference.</remarks>
    public void Acknowledge(BallotAcknowledged acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        Stage(BallotAcknowledged.Stream(acknowledgement.Meeting, acknowledgement.Key), ImmutableArray.Create(acknowledgement));
    }

    /// <summary>Every meeting in the log, in the order of their streams' names.</summary>
    public IEnumerable<MeetingState> Meetings() =>
        _view.Streams.Where(s => s.Value.State is MeetingState).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (MeetingState)s.Value.State!);

    /// <summary>Every draft in the log, by its first symbol.</summary>
    public IEnumerable<DraftState> Drafts() =>
        _view.Streams.Where(s => s.Value.State is DraftState).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (DraftState)s.Value.State!);

    /// <summary>A point to roll back to: the staged events so far.</summary>
    public object Checkpoint() => (_view, _appends);

    /// <summary>Forgets every event staged after <paramref name="checkpoint"/>.</summary>
    public void RollBack(object checkpoint) => (_view, _appends) = ((Standing, ImmutableList<StreamAppend>))checkpoint;

    public ImmutableArray<BodyRecordEvent> Execute(BodyId body, BodyRecordCommand command) =>
        Stage(Secretariat.BodyStream(body), BodyRecordDecider.Decide(Record(body), command, Body(body)));

    public ImmutableArray<DraftEvent> Execute(string draft, DraftCommand command)
    {
        var original = FindDraft(draft)?.OriginalSymbol ?? draft;
        var state = Draft(original);
        var bodyId = command is SubmitDraft submit ? submit.Body : state.Body;
        return Stage(Secretariat.DraftStream(original), DraftDecider.Decide(state, command, Body(bodyId), Register));
    }

    /// <summary>Runs a meeting command; a result on a draft also records the action on the draft and what follows from it.</summary>
    /// <param name="resolution">The resolution symbol the record gives an adopted draft, if any; otherwise the next in the series.</param>
    public ImmutableArray<MeetingEvent> Execute(string meeting, MeetingCommand command, string? resolution = null)
    {
        var state = Meeting(meeting);
        var bodyId = command is OpenMeeting open ? open.Body : state.Body;
        var context = new MeetingContext(Body(bodyId), Register, FindDraft);
        var events = Stage(Secretariat.MeetingStream(meeting), MeetingDecider.Decide(state, command, context));
        foreach (var e in events)
        {
            switch (e)
            {
                case ResultAnnounced result:
                    var question = Meeting(meeting).Decided.Last();
                    AfterDecision(state, question.On, result.Decision, resolution);
                    break;
                case AdoptedWithoutVote adopted:
                    AfterDecision(state, adopted.On, Decision.WithoutVote, resolution);
                    break;
            }
        }

        return events;
    }

    private void AfterDecision(MeetingState meeting, string on, Decision decision, string? resolution)
    {
        var body = Body(meeting.Body);
        if (FindDraft(on) is { IsPending: true } draft)
        {
            string? symbol = null;
            if (decision.Outcome == VoteOutcome.Adopted)
            {
                var given = resolution ?? (body.Kind == BodyKind.SecurityCouncil ? CouncilSymbol(draft.Symbol, meeting.Date) : null);
                if (body.Kind != BodyKind.SecurityCouncil || given is not null || Record(body.Id).LastResolutionNumber is not null)
                {
                    var numbered = Execute(body.Id, new NumberResolution(meeting.Date, draft.Symbol, meeting.Session, given));
                    symbol = numbered.OfType<ResolutionNumbered>().Single().Resolution;
                }
            }

            Execute(draft.OriginalSymbol, new RecordAction(meeting.Date, decision, symbol));
        }

        if (decision.Outcome == VoteOutcome.Vetoed && Bodies.ContainsKey(BodyId.GeneralAssembly))
        {
            Execute(BodyId.GeneralAssembly, new NoteVeto(meeting.Date, FindDraft(on)?.Symbol ?? on, decision.VetoedBy));
        }
    }

    /// <summary>The real symbol of an adopted Council draft, else the next after the last known one if this log has numbered none yet.</summary>
    private string? CouncilSymbol(string draft, DateOnly date)
    {
        var known = _secretariat.CouncilResolutions;
        if (known.Of(draft, date) is { } symbol)
        {
            return symbol;
        }

        return Record(BodyId.SecurityCouncil).LastResolutionNumber is null && known.LastBefore(date) is { } last
            ? CouncilResolutions.Symbol(last + 1, date)
            : null;
    }

    private ImmutableArray<TEvent> Stage<TEvent>(string stream, ImmutableArray<TEvent> events)
        where TEvent : notnull
    {
        if (events.IsEmpty)
        {
            return events;
        }

        var version = _view.Version(stream);
        var last = _appends.Count > 0 ? _appends[^1] : null;
        _appends = last is not null && string.Equals(last.Stream, stream, StringComparison.Ordinal)
            ? _appends.SetItem(_appends.Count - 1, last with { Events = [.. last.Events, .. events.Cast<object>()] })
            : _appends.Add(new StreamAppend(stream, version, [.. events.Cast<object>()]));
        foreach (var e in events)
        {
            version++;
            _view = _view.Apply(stream, version, e);
        }

        return events;
    }
}
