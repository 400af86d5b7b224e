using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Voting;

/// <summary>The seconds left before the chair may lock the voting, once the lock is announced; ticks each second on the server's clock.</summary>
/// <remarks>
/// The time comes from the injected <see cref="TimeProvider"/> (the Chamber's clock, which also
/// decides whether the chair may lock), so the board and the rule agree, and a test moves a fake.
/// Only this component re-renders each second, not the board of 193 lights.
/// </remarks>
public sealed partial class LockCountdown
{
    /// <summary>When the announced countdown ends.</summary>
    [Parameter]
    [EditorRequired]
    public required DateTimeOffset LocksAt { get; set; }

    /// <summary>Whole seconds left, rounded up so that 0 is shown only when the lock is allowed.</summary>
    private long Remaining => Math.Max(0, (long)Math.Ceiling((LocksAt - Clock.GetUtcNow()).TotalSeconds));

    protected override void OnParametersSet()
    {
        // A prerendered page is sent once: only an interactive one ticks.
        if (RendererInfo.IsInteractive && Remaining > 0)
        {
            StartTicking();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (Ticking && Remaining == 0)
        {
            StopTicking();
        }
    }
}
