using System.Collections.Immutable;

namespace Plenary.Domain.Sessions;

/// <summary>A body's record as it stands: its sessions, pending requests, resolutions and vetoes awaiting debate.</summary>
public sealed record BodyRecordState(
    ImmutableDictionary<string, SessionStatus> Sessions,
    ImmutableList<EmergencySpecialSessionRequested> PendingRequests,
    ImmutableDictionary<string, int> ResolutionsBySession,
    int? LastResolutionNumber,
    ImmutableHashSet<string> Resolutions,
    ImmutableDictionary<string, VetoDebateDue> VetoesAwaitingDebate)
{
    public static BodyRecordState Initial { get; } = new(
        ImmutableDictionary<string, SessionStatus>.Empty,
        [],
        ImmutableDictionary<string, int>.Empty,
        null,
        ImmutableHashSet<string>.Empty,
        ImmutableDictionary<string, VetoDebateDue>.Empty);

    public static BodyRecordState Evolve(BodyRecordState state, BodyRecordEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            SessionOpened e => state with
            {
                Sessions = state.Sessions.SetItem(e.Session, SessionStatus.Open),
                PendingRequests = e.Kind == SessionKind.EmergencySpecial
                    ? state.PendingRequests.RemoveAll(r => string.Equals(r.RequestedBy, e.ConvenedBy, StringComparison.Ordinal) && r.Date <= e.Date)
                    : state.PendingRequests,
            },
            SessionTemporarilyAdjourned e => state with { Sessions = state.Sessions.SetItem(e.Session, SessionStatus.TemporarilyAdjourned) },
            SessionResumed e => state with { Sessions = state.Sessions.SetItem(e.Session, SessionStatus.Open) },
            SessionClosed e => state with { Sessions = state.Sessions.SetItem(e.Session, SessionStatus.Closed) },
            EmergencySpecialSessionRequested e => state with { PendingRequests = state.PendingRequests.Add(e) },
            ResolutionNumbered e => state with
            {
                Resolutions = state.Resolutions.Add(e.Resolution),
                ResolutionsBySession = e.Session is null
                    ? state.ResolutionsBySession
                    : state.ResolutionsBySession.SetItem(e.Session, Math.Max(e.Number, state.ResolutionsBySession.GetValueOrDefault(e.Session))),
                LastResolutionNumber = e.Session is null ? Math.Max(e.Number, state.LastResolutionNumber ?? 0) : state.LastResolutionNumber,
            },
            VetoDebateDue e => state with { VetoesAwaitingDebate = state.VetoesAwaitingDebate.SetItem(e.Draft, e) },
            VetoDebateConvened e => state with { VetoesAwaitingDebate = state.VetoesAwaitingDebate.Remove(e.Draft) },
            _ => state,
        };
    }

    public static BodyRecordState Fold(IEnumerable<BodyRecordEvent> events) => events.Aggregate(Initial, Evolve);

    public bool IsOpen(string session) => Sessions.TryGetValue(session, out var status) && status == SessionStatus.Open;
}
