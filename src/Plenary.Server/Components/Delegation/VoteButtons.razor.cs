using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Delegation;

/// <summary>The three large buttons of a delegation's vote: the current choice pressed, changeable until the lock, disabled with the reason when the State cannot vote.</summary>
public sealed partial class VoteButtons
{
    private static readonly Vote[] Choices = [Vote.Yes, Vote.No, Vote.Abstain];

    /// <summary>The vote recorded for the State on this question, if any.</summary>
    [Parameter]
    public Vote? Current { get; set; }

    /// <summary>True once the voting is locked: nothing can be cast or changed.</summary>
    [Parameter]
    public bool Closed { get; set; }

    /// <summary>Why the State cannot vote (or may only abstain); null when it may vote freely.</summary>
    [Parameter]
    public string? Reason { get; set; }

    /// <summary>True when the State must abstain (Art. 27(3)): only Abstain is offered.</summary>
    [Parameter]
    public bool OnlyAbstain { get; set; }

    /// <summary>True while a vote is being sent, so a second press waits for the first.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<Vote> OnVote { get; set; }

    private string? Explanation => Closed ? T["Closed"] : Reason;

    private bool IsDisabled(Vote vote) =>
        Closed || Busy || (Reason is not null && !(OnlyAbstain && vote == Vote.Abstain));

    private async Task CastAsync(Vote vote)
    {
        if (!IsDisabled(vote))
        {
            await OnVote.InvokeAsync(vote);
        }
    }

    private string Label(Vote vote) => vote switch
    {
        Vote.Yes => V["Yes"],
        Vote.No => V["No"],
        _ => V["Abstain"],
    };

    private static string Word(Vote vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        _ => "abstain",
    };
}
