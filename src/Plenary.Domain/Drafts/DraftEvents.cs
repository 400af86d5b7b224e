using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Drafts;

/// <summary>Something that happened to a draft resolution or decision.</summary>
public abstract record DraftEvent(DateOnly Date);

/// <summary>A draft was issued with the sponsors printed on it (un-procedure §8.2).</summary>
public sealed record DraftSubmitted(
    DateOnly Date,
    string Symbol,
    BodyId Body,
    string? Session,
    string Title,
    ImmutableArray<StateCode> MainSponsors,
    ImmutableArray<StateCode> CoSponsors) : DraftEvent(Date);

public sealed record SponsorJoined(DateOnly Date, StateCode State) : DraftEvent(Date);

public sealed record SponsorshipWithdrawn(DateOnly Date, StateCode State) : DraftEvent(Date);

/// <summary>A revised text (Rev.n) superseded the draft; its sponsors carry over.</summary>
public sealed record DraftRevised(DateOnly Date, string NewSymbol, string Title) : DraftEvent(Date);

/// <summary>A sponsor revised its own draft orally before action: not an amendment, no vote.</summary>
public sealed record DraftOrallyRevised(DateOnly Date, string Revision) : DraftEvent(Date);

public sealed record DraftWithdrawn(DateOnly Date, string Reason) : DraftEvent(Date);

/// <summary>Action was taken on the draft; on adoption it became a resolution with its own symbol.</summary>
public sealed record ActionTakenOnDraft(DateOnly Date, VoteOutcome Outcome, string? Resolution, ImmutableArray<StateCode> VetoedBy) : DraftEvent(Date);
