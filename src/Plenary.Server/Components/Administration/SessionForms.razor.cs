using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Sessions;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Opening a session, recording a request for an emergency special session, convening the Assembly's debate on a veto: the body-record commands of <c>SessionsApi</c>, with its checks.</summary>
public sealed partial class SessionForms : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Called after a command was recorded, so that the lists are read again.</summary>
    [Parameter]
    public EventCallback OnDone { get; set; }

    private OpenSessionFields OpenForm { get; } = new();

    private RequestFields RequestForm { get; } = new();

    private VetoFields VetoForm { get; } = new();

    private FormOutcome Open { get; } = new();

    private FormOutcome Request { get; } = new();

    private FormOutcome Veto { get; } = new();

    protected override void OnInitialized()
    {
        var today = Chamber.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (OpenForm.Date, RequestForm.Date, VetoForm.Date) = (today, today, today);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task OpenSessionAsync()
    {
        var outcome = await BodyCommands.RunAsync(Desk, OpenForm.Body, input =>
        {
            var date = input.Date(Names.Given(OpenForm.Date), "date", Chamber.Today);
            var kind = input.Word<SessionKind>(OpenForm.Kind, "kind", SessionKind.Regular, SessionKindNames.TryParse, "regular, special, emergency-special");
            var number = input.Number(OpenForm.Number, "number", 1, 1000);
            return new OpenSession(date, kind, number);
        }, _stop.Token);
        await AfterAsync(Open, outcome, T["SessionOpened"]);
    }

    private async Task RequestAsync()
    {
        var register = Chamber.Secretariat.Register;
        var outcome = await BodyCommands.RunAsync(Desk, "GA", input =>
        {
            var date = input.Date(Names.Given(RequestForm.Date), "date", Chamber.Today);
            var resolution = Names.Given(RequestForm.Resolution);
            var members = Names.Given(RequestForm.Members)?.Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (resolution is not null && members is null)
            {
                return new ReceiveCouncilRequest(date, input.Symbol(resolution, "resolution"));
            }

            if (members is not null && resolution is null)
            {
                return new ReceiveMembersRequest(date, input.States(members, "members"), register.AssemblyMembersOn(date).Length);
            }

            input.Error("resolution", T["EitherOr"]);
            return null;
        }, _stop.Token);
        await AfterAsync(Request, outcome, T["RequestRecorded"]);
    }

    private async Task ConveneAsync()
    {
        var outcome = await BodyCommands.RunAsync(Desk, "GA", input =>
        {
            var date = input.Date(Names.Given(VetoForm.Date), "date", Chamber.Today);
            var draft = input.Symbol(VetoForm.Draft, "draft");
            var meeting = input.Id(VetoForm.Meeting, "meeting");
            return new ConveneVetoDebate(date, draft, meeting);
        }, _stop.Token);
        await AfterAsync(Veto, outcome, T["DebateConvened"]);
    }

    private async Task AfterAsync(FormOutcome form, DeskOutcome outcome, string done)
    {
        form.Set(outcome, done);
        if (outcome.Succeeded)
        {
            await OnDone.InvokeAsync();
        }
    }

    private sealed class OpenSessionFields
    {
        public string Body { get; set; } = "GA";

        public string Kind { get; set; } = "regular";

        public int? Number { get; set; }

        public string? Date { get; set; }
    }

    private sealed class RequestFields
    {
        public string? Resolution { get; set; }

        public string? Members { get; set; }

        public string? Date { get; set; }
    }

    private sealed class VetoFields
    {
        public string? Draft { get; set; }

        public string? Meeting { get; set; }

        public string? Date { get; set; }
    }
}
