using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Chair;

/// <summary>The last decision of the meeting: the outcome as announced, the resolution it became and a link to the result.</summary>
public sealed partial class LastDecision
{
    [Parameter]
    [EditorRequired]
    public Domain.Meetings.QuestionRecord Question { get; set; } = default!;

    private string Outcome => Question.Decision!.Outcome switch
    {
        Domain.Voting.VoteOutcome.Adopted => "adopted",
        Domain.Voting.VoteOutcome.Vetoed => "vetoed",
        _ => "rejected",
    };

    private string OutcomeText => Question.Decision!.Outcome switch
    {
        Domain.Voting.VoteOutcome.Adopted => V["Adopted"],
        Domain.Voting.VoteOutcome.Vetoed => V["Vetoed"],
        _ => V["Rejected"],
    };
}
