using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Voting;

/// <summary>The seconds left before the chair may lock the voting, once the lock is announced; ticks each second on the server's clock.</summary>
/// <remarks>
/// The time comes from the injected <see cref="TimeProvider"/> (the Chamber's clock, which also
/// decides whether the chair may lock), so the board and the rule agree, and a test moves a fake.
/// Only this component re-renders each second, not the board of 193 lights.
/// </remarks>
public sealed partial class LockCountdown : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _ticking;

    [Inject]
    public required TimeProvider Clock { get; init; }

    /// <summary>When the announced countdown ends.</summary>
    [Parameter]
    [EditorRequired]
    public required DateTimeOffset LocksAt { get; set; }

    /// <summary>Whole seconds left, rounded up so that 0 is shown only when the lock is allowed.</summary>
    private long Remaining => Math.Max(0, (long)Math.Ceiling((LocksAt - Clock.GetUtcNow()).TotalSeconds));

    protected override void OnParametersSet()
    {
        // A prerendered page is sent once: only an interactive one ticks.
        if (!_ticking && RendererInfo.IsInteractive && Remaining > 0 && !_stop.IsCancellationRequested)
        {
            _ticking = true;
            _ = TickAsync();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task TickAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await InvokeAsync(StateHasChanged);
                if (Remaining == 0)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The board went away.
        }
        catch (ObjectDisposedException)
        {
            // Disposed between two ticks.
        }
        finally
        {
            _ticking = false;
        }
    }
}
