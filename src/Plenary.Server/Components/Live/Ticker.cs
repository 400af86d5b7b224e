using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Live;

/// <summary>A component that redraws every second from the injected clock while it runs (a speaker's time, a countdown); the time shown is always read from the clock, never counted in ticks.</summary>
public abstract class Ticker : ComponentBase, IDisposable
{
    private CancellationTokenSource? _ticking;

    [Inject]
    public required TimeProvider Clock { get; init; }

    protected bool Ticking => _ticking is not null;

    protected void StartTicking()
    {
        if (_ticking is not null)
        {
            return;
        }

        _ticking = new CancellationTokenSource();
        _ = TickAsync(_ticking.Token);
    }

    protected void StopTicking()
    {
        _ticking?.Cancel();
        _ticking?.Dispose();
        _ticking = null;
    }

    public void Dispose()
    {
        StopTicking();
        GC.SuppressFinalize(this);
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped or disposed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended.
        }
    }
}
