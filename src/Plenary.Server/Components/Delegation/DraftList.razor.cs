using Microsoft.AspNetCore.Components;
using Plenary.Domain.Drafts;
using Plenary.Domain.States;

namespace Plenary.Server.Components.Delegation;

/// <summary>What a delegation asks of a draft from its console.</summary>
public enum DraftAction
{
    CoSponsor,
    WithdrawSponsorship,
    WithdrawDraft,
}

/// <summary>The drafts before the body, each with the delegation's part in it and what it may do: co-sponsor, withdraw its sponsorship, or (a main sponsor) withdraw the draft.</summary>
public sealed partial class DraftList
{
    [Parameter, EditorRequired]
    public required IReadOnlyList<DraftState> Drafts { get; set; }

    [Parameter, EditorRequired]
    public StateCode State { get; set; }

    /// <summary>False when the State may not sponsor in this body (an observer, mostly): no co-sponsor button.</summary>
    [Parameter]
    public bool MaySponsor { get; set; } = true;

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The draft whose last command was refused, and why.</summary>
    [Parameter]
    public string? RefusalFor { get; set; }

    [Parameter]
    public string? Refusal { get; set; }

    [Parameter]
    public EventCallback<(DraftState Draft, DraftAction Action)> OnAction { get; set; }

    private Task ActAsync(DraftState draft, DraftAction action) => OnAction.InvokeAsync((draft, action));

    private static string Status(DraftState draft) => draft.Status switch
    {
        DraftStatus.Tabled => "tabled",
        DraftStatus.Withdrawn => "withdrawn",
        DraftStatus.Adopted => "adopted",
        DraftStatus.Vetoed => "vetoed",
        _ => "rejected",
    };

    private string StatusText(DraftState draft) => draft.Status switch
    {
        DraftStatus.Tabled => T["Tabled"],
        DraftStatus.Withdrawn => T["Withdrawn"],
        DraftStatus.Adopted => draft.Resolution is { } resolution ? $"{V["Adopted"]} ({resolution})" : V["Adopted"],
        DraftStatus.Vetoed => V["Vetoed"],
        _ => V["Rejected"],
    };
}
