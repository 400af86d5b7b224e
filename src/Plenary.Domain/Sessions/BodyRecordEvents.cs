using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Sessions;

/// <summary>Something recorded for a body as a whole: its sessions, requests to convene it, its resolutions, vetoes awaiting debate.</summary>
public abstract record BodyRecordEvent(DateOnly Date);

public sealed record SessionOpened(DateOnly Date, string Session, SessionKind Kind, int Number, string? ConvenedBy) : BodyRecordEvent(Date);

/// <summary>The Assembly adjourned the session temporarily, authorising its President to resume it on request (practice since ESS-10).</summary>
public sealed record SessionTemporarilyAdjourned(DateOnly Date, string Session) : BodyRecordEvent(Date);

public sealed record SessionResumed(DateOnly Date, string Session, string RequestedBy) : BodyRecordEvent(Date);

public sealed record SessionClosed(DateOnly Date, string Session) : BodyRecordEvent(Date);

/// <summary>The Council (any nine members, a procedural decision) or a majority of Members asked for an emergency special session, to be convened within 24 hours.</summary>
public sealed record EmergencySpecialSessionRequested(DateOnly Date, string RequestedBy, DateOnly ConveneBy) : BodyRecordEvent(Date);

/// <summary>A draft became a resolution and received its symbol.</summary>
public sealed record ResolutionNumbered(DateOnly Date, string Resolution, string Draft, string? Session, int Number) : BodyRecordEvent(Date);

/// <summary>A permanent member's veto obliges the President of the Assembly to convene a debate (res. 76/262, para. 1).</summary>
public sealed record VetoDebateDue(DateOnly Date, string Draft, ImmutableArray<StateCode> VetoedBy, DateOnly DueBy) : BodyRecordEvent(Date);

public sealed record VetoDebateConvened(DateOnly Date, string Draft, string Meeting) : BodyRecordEvent(Date);
