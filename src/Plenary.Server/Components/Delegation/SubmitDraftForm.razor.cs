using Microsoft.AspNetCore.Components;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Delegation;

/// <summary>Submits a draft with the delegation's State as its main sponsor; others join it as co-sponsors afterwards.</summary>
public sealed partial class SubmitDraftForm
{
    /// <summary>A symbol in the body's series, shown as an example.</summary>
    [Parameter]
    public string Example { get; set; } = "A/81/L.1";

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public DeskOutcome? Outcome { get; set; }

    [Parameter]
    public EventCallback<(string? Symbol, string? Title)> OnSubmit { get; set; }

    private string? Symbol { get; set; }

    private string? Title { get; set; }

    private DeskOutcome? _shown;

    protected override void OnParametersSet()
    {
        // A draft submitted clears the form for the next one; a refusal keeps what was typed.
        if (Outcome is { Succeeded: true } && !ReferenceEquals(Outcome, _shown))
        {
            Symbol = null;
            Title = null;
        }

        _shown = Outcome;
    }

    private Task SubmitAsync() => OnSubmit.InvokeAsync((Symbol, Title));
}
