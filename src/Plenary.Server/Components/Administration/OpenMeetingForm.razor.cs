using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Opens a meeting of a body with the checks of <c>MeetingsApi.OpenMeeting</c>: the same fields, the same default id (BODY-YYYYMMDD-N) and session, the chair of the body or the Secretariat.</summary>
public sealed partial class OpenMeetingForm : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Called with the new meeting's id.</summary>
    [Parameter]
    public EventCallback<string> OnOpened { get; set; }

    private MeetingFields Fields { get; } = new();

    private FormOutcome Outcome { get; } = new();

    private string? Opened { get; set; }

    protected override void OnInitialized() => Fields.Date = Chamber.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task OpenAsync()
    {
        Opened = null;
        string? opened = null;

        // The stream is named after the id, which may only be known inside the batch: the log's
        // optimistic concurrency, not the stream's gate, keeps two openings apart.
        var stream = Secretariat.MeetingStream(Names.Given(Fields.Id)?.Trim() ?? "new");
        var outcome = await Desk.RunAsync(stream, (user, b) =>
        {
            var input = new Input(b.Register);
            var body = input.Body(Fields.Body, "body", b.Bodies);
            var date = input.Date(Names.Given(Fields.Date), "date", Chamber.Today);
            var symbol = Names.Given(Fields.Symbol) is { } given ? input.Symbol(given, "symbol") : null;
            var session = input.Optional(Names.Given(Fields.Session), "session", 20);
            var id = Names.Given(Fields.Id) is { } chosen ? input.Id(chosen, "id") : null;
            input.ThrowIfAny();
            Access.Chair(user, body);
            id ??= string.Create(CultureInfo.InvariantCulture, $"{body}-{date:yyyyMMdd}-{b.Meetings().Count(m => m.Body == body && m.Date == date) + 1}");
            if (session is null && body == BodyId.GeneralAssembly)
            {
                session = RegularSession.On(date).ToString(CultureInfo.InvariantCulture);
            }

            b.Execute(id, new Domain.Meetings.OpenMeeting(id, body, symbol, date, session));
            opened = id;
        }, _stop.Token);
        Outcome.Set(outcome, opened is null ? null : string.Format(CultureInfo.CurrentCulture, T["Opened"], opened));
        if (outcome.Succeeded && opened is not null)
        {
            Opened = opened;
            await OnOpened.InvokeAsync(opened);
        }
    }

    private sealed class MeetingFields
    {
        public string Body { get; set; } = "GA";

        public string? Date { get; set; }

        public string? Symbol { get; set; }

        public string? Session { get; set; }

        public string? Id { get; set; }
    }
}
