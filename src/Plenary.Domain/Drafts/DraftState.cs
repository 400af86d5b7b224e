using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Drafts;

/// <summary>A draft as it stands: its current symbol, its sponsors and whether action was taken.</summary>
public sealed record DraftState(
    string Symbol,
    string OriginalSymbol,
    BodyId Body,
    string? Session,
    string Title,
    DateOnly Submitted,
    ImmutableArray<StateCode> MainSponsors,
    ImmutableArray<StateCode> Sponsors,
    DraftStatus Status,
    ImmutableArray<string> OralRevisions,
    string? Resolution)
{
    public static DraftState Initial { get; } = new(string.Empty, string.Empty, default, null, string.Empty, default, [], [], DraftStatus.NotSubmitted, [], null);

    public bool IsPending => Status == DraftStatus.Tabled;

    public bool IsSponsor(StateCode code) => Sponsors.Contains(code);

    public static DraftState Evolve(DraftState state, DraftEvent @event) => @event switch
    {
        DraftSubmitted e => new DraftState(
            e.Symbol,
            e.Symbol,
            e.Body,
            e.Session,
            e.Title,
            e.Date,
            e.MainSponsors,
            [.. e.MainSponsors, .. e.CoSponsors],
            DraftStatus.Tabled,
            [],
            null),
        SponsorJoined e => state with { Sponsors = state.Sponsors.Add(e.State) },
        SponsorshipWithdrawn e => state with
        {
            Sponsors = state.Sponsors.Remove(e.State),
            MainSponsors = state.MainSponsors.Remove(e.State),
        },
        DraftRevised e => state with { Symbol = e.NewSymbol, Title = e.Title },
        DraftOrallyRevised e => state with { OralRevisions = state.OralRevisions.Add(e.Revision) },
        DraftWithdrawn => state with { Status = DraftStatus.Withdrawn },
        ActionTakenOnDraft e => state with
        {
            Status = e.Outcome switch
            {
                VoteOutcome.Adopted => DraftStatus.Adopted,
                VoteOutcome.Vetoed => DraftStatus.Vetoed,
                _ => DraftStatus.Rejected,
            },
            Resolution = e.Resolution,
        },
        _ => state,
    };

    public static DraftState Fold(IEnumerable<DraftEvent> events) => events.Aggregate(Initial, Evolve);
}
