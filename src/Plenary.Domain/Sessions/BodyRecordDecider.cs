using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain.Bodies;

namespace Plenary.Domain.Sessions;

/// <summary>Decides what a command does to a body's record: sessions, requests, resolution symbols and veto debates.</summary>
public static class BodyRecordDecider
{
    /// <summary>Resolution 76/262 was adopted on 26 April 2022; earlier vetoes oblige no debate.</summary>
    public static DateOnly VetoInitiativeFrom { get; } = new(2022, 4, 26);

    public const int VetoDebateWorkingDays = 10;

    public static ImmutableArray<BodyRecordEvent> Decide(BodyRecordState state, BodyRecordCommand command, Body body)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(body);
        return command switch
        {
            OpenSession open => Open(state, open, body),
            AdjournSessionTemporarily adjourn => state.IsOpen(adjourn.Session)
                ? [new SessionTemporarilyAdjourned(adjourn.Date, adjourn.Session)]
                : throw NotOpen(adjourn.Session),
            ResumeSession resume => state.Sessions.GetValueOrDefault(resume.Session, SessionStatus.Closed) == SessionStatus.TemporarilyAdjourned
                ? [new SessionResumed(resume.Date, resume.Session, string.IsNullOrWhiteSpace(resume.RequestedBy) ? "the President" : resume.RequestedBy)]
                : throw new ProcedureViolation("session-not-adjourned", "practice (ESS-10, ESS-11)", $"Session {resume.Session} is not temporarily adjourned, so it cannot be resumed."),
            CloseSession close => state.Sessions.TryGetValue(close.Session, out var status) && status != SessionStatus.Closed
                ? [new SessionClosed(close.Date, close.Session)]
                : throw NotOpen(close.Session),
            ReceiveCouncilRequest council => RequireAssembly(body) ?? [new EmergencySpecialSessionRequested(council.Date, council.Resolution, council.Date.AddDays(1))],
            ReceiveMembersRequest members => MembersRequest(members, body),
            NumberResolution number => Number(state, number, body),
            NoteVeto veto => RequireAssembly(body) ?? (veto.Date < VetoInitiativeFrom
                ? []
                : [new VetoDebateDue(veto.Date, veto.Draft, veto.VetoedBy, WorkingDays.Add(veto.Date, VetoDebateWorkingDays))]),
            ConveneVetoDebate debate => Convene(state, debate),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown body command."),
        };
    }

    private static ImmutableArray<BodyRecordEvent> Open(BodyRecordState state, OpenSession open, Body body)
    {
        if (body.Kind == BodyKind.SecurityCouncil)
        {
            throw new ProcedureViolation("council-has-no-sessions", "Art. 28(1)", "The Security Council functions continuously; it holds meetings, not sessions.");
        }

        if (open.Number < 1)
        {
            throw new ProcedureViolation("invalid-session-number", "rule 1", "Sessions are numbered from 1.");
        }

        var symbol = open.Kind.Symbol(open.Number);
        if (state.Sessions.ContainsKey(symbol))
        {
            throw new ProcedureViolation("session-already-opened", "rule 1", $"Session {symbol} has already been opened.");
        }

        if (open.Kind != SessionKind.EmergencySpecial)
        {
            return [new SessionOpened(open.Date, symbol, open.Kind, open.Number, null)];
        }

        if (state.PendingRequests.IsEmpty)
        {
            throw new ProcedureViolation("emergency-session-not-requested", "res. 377 A (V); rule 8(b)", "An emergency special session is convened only at the request of the Security Council (any nine members) or of a majority of the Members.");
        }

        // The latest request made on or before the opening day is the one the session answers; an older one left unanswered does not block it.
        var request = state.PendingRequests.LastOrDefault(r => r.Date <= open.Date);
        if (request is null)
        {
            throw new ProcedureViolation("date-before-request", "rule 8(b)", "The session cannot open before it was requested.");
        }

        if (open.Date > request.ConveneBy)
        {
            throw new ProcedureViolation("emergency-session-late", "res. 377 A (V); rule 8(b)", $"An emergency special session meets within 24 hours of the request ({request.RequestedBy}, {request.Date:yyyy-MM-dd}).");
        }

        return [new SessionOpened(open.Date, symbol, open.Kind, open.Number, request.RequestedBy)];
    }

    private static ImmutableArray<BodyRecordEvent> MembersRequest(ReceiveMembersRequest request, Body body)
    {
        if (RequireAssembly(body) is { } none)
        {
            return none;
        }

        var count = request.Members.Distinct().Count();
        if (count * 2 <= request.MembershipSize)
        {
            throw new ProcedureViolation("request-needs-majority", "res. 377 A (V); rules 8(b), 9(b)", $"{count} of {request.MembershipSize} Members asked; an emergency special session needs the request of a majority ({(request.MembershipSize / 2) + 1}).");
        }

        var by = string.Create(CultureInfo.InvariantCulture, $"a majority of the Members ({count} of {request.MembershipSize})");
        return [new EmergencySpecialSessionRequested(request.Date, by, request.Date.AddDays(1))];
    }

    private static ImmutableArray<BodyRecordEvent> Number(BodyRecordState state, NumberResolution command, Body body)
    {
        string symbol;
        int number;
        if (command.Symbol is { } given)
        {
            if (string.IsNullOrWhiteSpace(given) || given != given.Trim())
            {
                throw new ProcedureViolation("invalid-resolution-symbol", "practice", $"'{given}' is not a resolution symbol.");
            }

            symbol = given;
            number = NumberIn(given) ?? 0;
        }
        else if (body.Kind == BodyKind.SecurityCouncil)
        {
            if (state.LastResolutionNumber is not { } last)
            {
                throw new ProcedureViolation("resolution-number-unknown", "practice", "The number of the Council's previous resolution is not known; give the resolution symbol.");
            }

            number = last + 1;
            symbol = string.Create(CultureInfo.InvariantCulture, $"S/RES/{number} ({command.Date.Year})");
        }
        else
        {
            var prefix = body.Kind == BodyKind.GeneralAssembly ? "A/RES" : $"{body.Id}/RES";
            number = state.ResolutionsBySession.GetValueOrDefault(command.Session ?? string.Empty) + 1;
            symbol = command.Session is null
                ? string.Create(CultureInfo.InvariantCulture, $"{prefix}/{number}")
                : string.Create(CultureInfo.InvariantCulture, $"{prefix}/{command.Session}/{number}");
        }

        if (state.Resolutions.Contains(symbol))
        {
            throw new ProcedureViolation("resolution-symbol-taken", "practice", $"{symbol} has already been given to another resolution.");
        }

        var session = body.Kind == BodyKind.SecurityCouncil ? null : command.Session ?? string.Empty;
        return [new ResolutionNumbered(command.Date, symbol, command.Draft, session, number)];
    }

    private static ImmutableArray<BodyRecordEvent> Convene(BodyRecordState state, ConveneVetoDebate debate)
    {
        if (!state.VetoesAwaitingDebate.TryGetValue(debate.Draft, out var due))
        {
            throw new ProcedureViolation("no-veto-to-debate", "res. 76/262", $"No veto cast on {debate.Draft} awaits a debate in the Assembly.");
        }

        if (debate.Date < due.Date)
        {
            throw new ProcedureViolation("date-before-veto", "res. 76/262", "A veto debate follows the veto.");
        }

        return debate.Date > due.DueBy
            ? throw new ProcedureViolation("veto-debate-late", "res. 76/262, para. 1", $"The debate on the veto of {debate.Draft} was due within ten working days, by {due.DueBy:yyyy-MM-dd}.")
            : [new VetoDebateConvened(debate.Date, debate.Draft, debate.Meeting)];
    }

    private static int? NumberIn(string symbol)
    {
        var end = symbol.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : symbol.Length;
        var start = symbol.LastIndexOf('/', end - 1) + 1;
        return int.TryParse(symbol.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static ImmutableArray<BodyRecordEvent>? RequireAssembly(Body body) =>
        body.Kind == BodyKind.SecurityCouncil
            ? throw new ProcedureViolation("assembly-only", "res. 377 A (V); res. 76/262", "Only the General Assembly or an assembly of all Members records this.")
            : null;

    private static ProcedureViolation NotOpen(string session) =>
        new("session-not-open", "rule 1", $"Session {session} is not open.");
}
