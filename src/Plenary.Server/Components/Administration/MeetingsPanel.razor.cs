using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Meetings;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Every meeting, latest first, with links to its board, its chair's console and its record; and the form that opens a new one.</summary>
public sealed partial class MeetingsPanel : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    private IReadOnlyList<MeetingState> Meetings { get; set; } = [];

    protected override Task OnInitializedAsync() => ReloadAsync();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task ReloadAsync()
    {
        var batch = await Chamber.Secretariat.ReadAsync(_stop.Token);
        Meetings = [.. batch.Meetings().OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    private string Label(string key, MeetingState meeting) => string.Format(CultureInfo.CurrentCulture, T[key], meeting.Symbol ?? meeting.Id);
}
