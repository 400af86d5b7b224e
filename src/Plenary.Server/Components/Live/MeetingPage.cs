using Microsoft.AspNetCore.Components;

namespace Plenary.Server.Components.Live;

/// <summary>A page about one meeting that stays current: it renders <see cref="View"/>, read at once (so prerendering shows it), then replaced after every committed change once the page is interactive.</summary>
/// <remarks>
/// A dropped connection loses nothing: Blazor reconnects the circuit, which kept following the
/// meeting; if the server dropped the circuit, the page reloads and reads the meeting afresh.
/// Each rendered view carries its stream version, so what a watcher saw is always a whole state.
/// </remarks>
public abstract class MeetingPage : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private string? _following;

    /// <summary>The meeting's id, from the route.</summary>
    [Parameter]
    public string Id { get; set; } = string.Empty;

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required MeetingWatch Watch { get; init; }

    /// <summary>The meeting as last read; null before the first read or when there is no such meeting.</summary>
    protected MeetingView? View { get; private set; }

    /// <summary>True when no meeting has this id (the page answers 404 when rendered on the server).</summary>
    protected bool Missing { get; private set; }

    /// <summary>Cancelled when the page goes away.</summary>
    protected CancellationToken Stopping => _stop.Token;

    protected override async Task OnParametersSetAsync()
    {
        if (View?.Id == Id)
        {
            return;
        }

        View = await Watch.ReadAsync(Id, _stop.Token);
        Missing = View is null;
        if (Missing && HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        OnViewChanged();
        if (RendererInfo.IsInteractive && !Missing && _following != Id)
        {
            _following = Id;
            _ = FollowAsync(Id);
        }
    }

    /// <summary>Called after <see cref="View"/> changed, before rendering: derive what the page shows from it here.</summary>
    protected virtual void OnViewChanged()
    {
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task FollowAsync(string id)
    {
        try
        {
            await foreach (var view in Watch.WatchAsync(id, _stop.Token))
            {
                if (view.Version > (View?.Version ?? -1) || view.Id != View?.Id)
                {
                    await InvokeAsync(() =>
                    {
                        View = view;
                        OnViewChanged();
                        StateHasChanged();
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while a read was under way.
        }
    }
}
