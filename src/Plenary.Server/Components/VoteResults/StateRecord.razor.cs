using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.VoteResults;

/// <summary>Each member's vote, or why it had none, in the members' (English alphabetical) order with names in the chosen language.</summary>
public sealed partial class StateRecord
{
    [Parameter, EditorRequired]
    public required VoteResult Result { get; set; }

    private string VoteText(StateVoteRow row) => row.Vote is { } vote
        ? VoteMarks.Text(vote, V)
        : row.NoVote switch
        {
            "article-19" => V["NoVoteArticle19"],
            "not-participating" => V["NotParticipating"],
            "must-abstain" => V["MustAbstain"],
            _ => T["DidNotVote"],
        };
}
