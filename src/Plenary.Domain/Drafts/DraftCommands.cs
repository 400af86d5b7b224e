using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Drafts;

public abstract record DraftCommand(DateOnly Date);

public sealed record SubmitDraft(
    DateOnly Date,
    string Symbol,
    BodyId Body,
    string? Session,
    string Title,
    ImmutableArray<StateCode> MainSponsors,
    ImmutableArray<StateCode> CoSponsors) : DraftCommand(Date);

public sealed record JoinSponsors(DateOnly Date, StateCode State) : DraftCommand(Date);

public sealed record WithdrawSponsorship(DateOnly Date, StateCode State) : DraftCommand(Date);

public sealed record ReviseDraft(DateOnly Date, string NewSymbol, string? Title) : DraftCommand(Date);

public sealed record ReviseDraftOrally(DateOnly Date, string Revision) : DraftCommand(Date);

public sealed record WithdrawDraft(DateOnly Date) : DraftCommand(Date);

public sealed record RecordAction(DateOnly Date, Decision Decision, string? Resolution) : DraftCommand(Date);
