using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Localization;

namespace Plenary.Server.Components.Chair;

/// <summary>A part of the chair's console: it shows the meeting it is given and runs the chair's commands through the <see cref="Desk"/>, keeping each control's refusal beside that control.</summary>
public abstract class ChairPanel : ComponentBase
{
    private readonly Dictionary<string, DeskOutcome> _outcomes = new(StringComparer.Ordinal);

    [Parameter]
    [EditorRequired]
    public MeetingView View { get; set; } = default!;

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>The control whose command is being run, so that it is not pressed twice.</summary>
    protected string? Busy { get; private set; }

    protected string Meeting => View.Id;

    protected MembershipRegister Register => View.Record.Register;

    protected Body Body => View.Record.Body(View.Meeting.Body);

    /// <summary>A State's name on the meeting's date, in the page's language.</summary>
    protected string NameOf(StateCode code) => Register.NameOn(code, View.Meeting.Date, WebCultures.Language);

    /// <summary>Runs a command on this meeting for <paramref name="control"/>; true when it was recorded.</summary>
    protected Task<bool> RunAsync(string control, Action<ClaimsPrincipal, Batch> commands) =>
        RunAsync(control, token => Desk.RunOnMeetingAsync(Meeting, commands, token));

    /// <summary>Runs any desk command for <paramref name="control"/>; true when it was recorded.</summary>
    protected async Task<bool> RunAsync(string control, Func<CancellationToken, Task<DeskOutcome>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Busy = control;
        try
        {
            var outcome = await command(CancellationToken.None);
            _outcomes[control] = outcome;
            return outcome.Succeeded;
        }
        finally
        {
            Busy = null;
        }
    }

    /// <summary>Why the last command of <paramref name="control"/> was refused, or null.</summary>
    protected string? Refusal(string control) => _outcomes.TryGetValue(control, out var o) ? o.Message : null;

    /// <summary>What is wrong with a field after the last command of <paramref name="control"/>, or null.</summary>
    protected string? FieldError(string control, string field) => _outcomes.TryGetValue(control, out var o) ? o.ErrorFor(field) : null;

    protected static string? Invalid(string? error) => error is null ? null : "true";

    protected static string? DescribedBy(string? error, string id) => error is null ? null : id;
}
