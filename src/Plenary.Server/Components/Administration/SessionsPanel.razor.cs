using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>The sessions of each body with what can be done to them (adjourn, resume, close), the pending requests for an emergency special session and the vetoes awaiting the Assembly's debate.</summary>
/// <remarks>Each command goes through <see cref="Desk"/> with the checks of <c>SessionsApi</c>.</remarks>
public sealed partial class SessionsPanel : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    private IReadOnlyList<BodyRecord> Bodies { get; set; } = [];

    private MembershipRegister Register => Chamber.Secretariat.Register;

    private string? Date { get; set; }

    private string? RequestedBy { get; set; }

    private DeskOutcome? Outcome { get; set; }

    private string? Done { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Date = Chamber.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ReloadAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task ReloadAsync()
    {
        var batch = await Chamber.Secretariat.ReadAsync(_stop.Token);
        Bodies = [.. batch.Bodies.Values.OrderBy(b => b.Id.Value, StringComparer.Ordinal).Select(b => new BodyRecord(b.Id.Value, V.BodyName(b.Id, b.Name), batch.Record(b.Id)))];
    }

    private Task AdjournAsync(string body, string session) =>
        RunAsync(body, input => new AdjournSessionTemporarily(input.Date(Names.Given(Date), "date", Chamber.Today), session), "Adjourned", session);

    private Task ResumeAsync(string body, string session) =>
        RunAsync(body, input => new ResumeSession(input.Date(Names.Given(Date), "date", Chamber.Today), session, input.Text(RequestedBy, "requestedBy", 200)), "Resumed", session);

    private Task CloseAsync(string body, string session) =>
        RunAsync(body, input => new CloseSession(input.Date(Names.Given(Date), "date", Chamber.Today), session), "Closed", session);

    private async Task RunAsync(string body, Func<Api.Input, BodyRecordCommand> read, string done, string session)
    {
        Done = null;
        Outcome = await BodyCommands.RunAsync(Desk, body, read, _stop.Token);
        if (Outcome.Succeeded)
        {
            Done = string.Format(CultureInfo.CurrentCulture, T[done], session);
            await ReloadAsync();
        }
    }

    private string StatusText(SessionStatus status) => status switch
    {
        SessionStatus.Open => T["Open"],
        SessionStatus.TemporarilyAdjourned => T["TemporarilyAdjourned"],
        _ => T["StatusClosed"],
    };

    private string Label(string action, string session) => string.Format(CultureInfo.CurrentCulture, T[action + "Label"], session);

    private string? Invalid(string field) => Outcome?.ErrorFor(field) is null ? null : "true";

    private string? Described(string field, string id) => Outcome?.ErrorFor(field) is null ? null : id;

    private sealed record BodyRecord(string Id, string Name, BodyRecordState Record);
}
