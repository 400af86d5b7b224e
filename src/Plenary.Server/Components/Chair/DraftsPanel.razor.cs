using Plenary.Domain.Drafts;

namespace Plenary.Server.Components.Chair;

/// <summary>The drafts before the body in this session, with their sponsors and what became of them.</summary>
public sealed partial class DraftsPanel
{
    private IEnumerable<DraftState> Drafts => ChairDrafts.Of(View);

    private string Status(DraftState draft) => draft.Status switch
    {
        DraftStatus.Adopted => draft.Resolution is { } r ? $"{V["Adopted"]} ({r})" : V["Adopted"],
        DraftStatus.Rejected => V["Rejected"],
        DraftStatus.Vetoed => V["Vetoed"],
        DraftStatus.Withdrawn => T["Withdrawn"],
        _ => T["Pending"],
    };
}
