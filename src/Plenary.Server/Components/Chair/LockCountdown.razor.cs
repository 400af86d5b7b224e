using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Chair;

/// <summary>The countdown to the announced lock of the vote; once it is over the chair may lock.</summary>
public sealed partial class LockCountdown
{
    [Parameter]
    [EditorRequired]
    public DateTimeOffset LocksAt { get; set; }

    private long Remaining => Math.Max(0, (long)Math.Ceiling((LocksAt - Clock.GetUtcNow()).TotalSeconds));

    protected override void OnParametersSet()
    {
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
