using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>The announced result: adopted, rejected or vetoed, with the explanation the chair reads out.</summary>
public sealed partial class OutcomeBanner
{
    [Parameter]
    [EditorRequired]
    public required Decision Decision { get; set; }

    /// <summary>The names of the permanent members whose negative vote was a veto.</summary>
    [Parameter]
    public IReadOnlyList<string> VetoedBy { get; set; } = [];

    [Parameter]
    public string? Resolution { get; set; }

    private string Word => Decision.Outcome.Word();

    private string Verdict => Decision.Outcome switch
    {
        VoteOutcome.Adopted => V["Adopted"],
        VoteOutcome.Vetoed => V["Vetoed"],
        _ => V["Rejected"],
    };

    private string Icon => Decision.Outcome switch
    {
        VoteOutcome.Adopted => "✓",
        VoteOutcome.Vetoed => "⛔",
        _ => "✗",
    };
}
