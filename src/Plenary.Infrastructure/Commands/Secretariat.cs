using System.Collections.Immutable;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Resolutions;

namespace Plenary.Infrastructure.Commands;

/// <summary>Runs commands: loads a stream's state, lets the domain decide, appends the events, and carries a decision over to the streams it affects.</summary>
/// <remarks>
/// One instance per log. What follows a result belongs here, not in any one stream: an adopted
/// draft receives its resolution symbol from the body's record, a Council veto obliges the
/// Assembly to debate it (res. 76/262), and a Council decision asking for an emergency special
/// session is recorded by the Assembly (res. 377 A (V)).
/// </remarks>
public sealed class Secretariat
{
    private readonly Dictionary<string, (object State, long Version)> _cache = new(StringComparer.Ordinal);
    private readonly CouncilResolutions _councilResolutions;
    private readonly Dictionary<string, string> _revisions = new(StringComparer.Ordinal);

    /// <param name="register">Member States and Council seats by date.</param>
    /// <param name="bodies">The bodies this log runs, the Assembly and the Council among them.</param>
    /// <param name="log">Where events are appended.</param>
    /// <param name="councilResolutions">The Council's real resolution numbers, when known.</param>
    public Secretariat(MembershipRegister register, IEnumerable<Body> bodies, InMemoryEventLog log, CouncilResolutions? councilResolutions = null)
    {
        Register = register;
        Log = log;
        Bodies = bodies.ToImmutableDictionary(b => b.Id);
        _councilResolutions = councilResolutions ?? CouncilResolutions.Empty;
    }

    public MembershipRegister Register { get; }

    public InMemoryEventLog Log { get; }

    public ImmutableDictionary<BodyId, Body> Bodies { get; }

    public static string MeetingStream(string id) => $"meeting-{id}";

    public static string DraftStream(string symbol) => $"draft-{symbol}";

    public static string BodyStream(BodyId id) => $"body-{id}";

    public Body Body(BodyId id) => Bodies.TryGetValue(id, out var body)
        ? body
        : throw new ProcedureViolation("unknown-body", "practice", $"There is no body '{id}'.");

    public MeetingState Meeting(string id) => Load(MeetingStream(id), MeetingState.Initial, (MeetingState s, MeetingEvent e) => MeetingState.Evolve(s, e));

    public DraftState Draft(string symbol) => Load(DraftStream(symbol), DraftState.Initial, (DraftState s, DraftEvent e) => DraftState.Evolve(s, e));

    public BodyRecordState Record(BodyId body) => Load(BodyStream(body), BodyRecordState.Initial, (BodyRecordState s, BodyRecordEvent e) => BodyRecordState.Evolve(s, e));

    /// <summary>The draft with this symbol, or the one a revision of it superseded, if it was submitted.</summary>
    public DraftState? FindDraft(string symbol)
    {
        var draft = Draft(symbol);
        if (draft.Status != DraftStatus.NotSubmitted)
        {
            return draft;
        }

        return _revisions.TryGetValue(symbol, out var original) ? Draft(original) : null;
    }

    public ImmutableArray<BodyRecordEvent> Execute(BodyId body, BodyRecordCommand command) =>
        Run(BodyStream(body), Record(body), command, (s, c) => BodyRecordDecider.Decide(s, c, Body(body)), BodyRecordState.Evolve);

    public ImmutableArray<DraftEvent> Execute(string draft, DraftCommand command)
    {
        var original = FindDraft(draft)?.OriginalSymbol ?? draft;
        var bodyId = command is SubmitDraft submit ? submit.Body : Draft(original).Body;
        var events = Run(DraftStream(original), Draft(original), command, (s, c) => DraftDecider.Decide(s, c, Body(bodyId), Register), DraftState.Evolve);
        foreach (var revised in events.OfType<DraftRevised>())
        {
            _revisions[revised.NewSymbol] = original;
        }

        return events;
    }

    /// <summary>Runs a meeting command; a result on a draft also records the action on the draft and what follows from it.</summary>
    /// <param name="resolution">The resolution symbol the record gives an adopted draft, if any; otherwise the next in the series.</param>
    public ImmutableArray<MeetingEvent> Execute(string meeting, MeetingCommand command, string? resolution = null)
    {
        var state = Meeting(meeting);
        var bodyId = command is OpenMeeting open ? open.Body : state.Body;
        var context = new MeetingContext(Body(bodyId), Register, FindDraft);
        var events = Run(MeetingStream(meeting), state, command, (s, c) => MeetingDecider.Decide(s, c, context), MeetingState.Evolve);
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

    /// <summary>The resolution symbol an adopted draft received, if any.</summary>
    public string? ResolutionOf(string draft) => FindDraft(draft)?.Resolution;

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
        if (_councilResolutions.Of(draft, date) is { } known)
        {
            return known;
        }

        return Record(BodyId.SecurityCouncil).LastResolutionNumber is null && _councilResolutions.LastBefore(date) is { } last
            ? CouncilResolutions.Symbol(last + 1, date)
            : null;
    }

    private ImmutableArray<TEvent> Run<TState, TCommand, TEvent>(
        string stream,
        TState state,
        TCommand command,
        Func<TState, TCommand, ImmutableArray<TEvent>> decide,
        Func<TState, TEvent, TState> evolve)
        where TState : notnull
        where TEvent : notnull
    {
        var events = decide(state, command);
        if (events.IsEmpty)
        {
            return events;
        }

        var version = Log.Version(stream);
        Log.Append(stream, version, [.. events.Cast<object>()]);
        var next = events.Aggregate(state, evolve);
        _cache[stream] = (next, version + events.Length);
        return events;
    }

    private TState Load<TState, TEvent>(string stream, TState initial, Func<TState, TEvent, TState> evolve)
        where TState : notnull
    {
        var version = Log.Version(stream);
        if (_cache.TryGetValue(stream, out var cached) && cached.Version == version)
        {
            return (TState)cached.State;
        }

        var state = Log.Read(stream).Select(r => (TEvent)r.Event).Aggregate(initial, evolve);
        _cache[stream] = (state, version);
        return state;
    }
}
