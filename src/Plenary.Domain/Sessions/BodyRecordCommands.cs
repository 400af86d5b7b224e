using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Sessions;

public abstract record BodyRecordCommand(DateOnly Date);

public sealed record OpenSession(DateOnly Date, SessionKind Kind, int Number) : BodyRecordCommand(Date);

public sealed record AdjournSessionTemporarily(DateOnly Date, string Session) : BodyRecordCommand(Date);

public sealed record ResumeSession(DateOnly Date, string Session, string RequestedBy) : BodyRecordCommand(Date);

public sealed record CloseSession(DateOnly Date, string Session) : BodyRecordCommand(Date);

/// <summary>Records a Council decision (by its resolution symbol) asking for an emergency special session.</summary>
public sealed record ReceiveCouncilRequest(DateOnly Date, string Resolution) : BodyRecordCommand(Date);

/// <summary>Records Members' requests for an emergency special session; it stands only with a majority of the Members.</summary>
public sealed record ReceiveMembersRequest(DateOnly Date, ImmutableArray<StateCode> Members, int MembershipSize) : BodyRecordCommand(Date);

/// <summary>Gives an adopted draft its resolution symbol: <paramref name="Symbol"/> when the record gives one, else the next in the series.</summary>
public sealed record NumberResolution(DateOnly Date, string Draft, string? Session, string? Symbol) : BodyRecordCommand(Date);

public sealed record NoteVeto(DateOnly Date, string Draft, ImmutableArray<StateCode> VetoedBy) : BodyRecordCommand(Date);

public sealed record ConveneVetoDebate(DateOnly Date, string Draft, string Meeting) : BodyRecordCommand(Date);
