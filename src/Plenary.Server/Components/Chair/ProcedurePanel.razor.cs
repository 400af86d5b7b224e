using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Chair;

/// <summary>Uniting for Peace and the veto initiative: what a veto or a request obliges the President of the Assembly to do, offered when it arises.</summary>
/// <remarks>
/// Res. 377 A (V): the Council (by a procedural vote) or a majority of the Members may ask for an
/// emergency special session within 24 hours. Res. 76/262: after a veto the President of the
/// Assembly convenes a debate within ten working days. These are recorded on the Assembly's
/// record, not on a meeting, so after such a command the panel reads the record again itself.
/// </remarks>
public sealed partial class ProcedurePanel
{
    private const string DebateControl = "veto-debate:";
    private const string SessionControl = "emergency-session";
    private const string RequestControl = "council-request";

    private Batch? _fresh;
    private long _freshAt = -1;

    [Inject]
    public required MeetingWatch Watch { get; init; }

    private int? SessionNumber { get; set; }

    private string? CouncilResolution { get; set; }

    private Batch Record => _fresh is not null && _freshAt >= View.Version ? _fresh : View.Record;

    private BodyRecordState Assembly => Record.Record(BodyId.GeneralAssembly);

    private bool Shown => Body.Kind switch
    {
        BodyKind.SecurityCouncil => true,
        _ => Body.Id == BodyId.GeneralAssembly,
    };

    private DateOnly Date => View.Meeting.Date;

    private IEnumerable<(string On, DateOnly? DueBy)> CouncilVetoes =>
        View.Meeting.Decided
            .Where(q => q.Decision?.Outcome == VoteOutcome.Vetoed)
            .Select(q => (q.On, Assembly.VetoesAwaitingDebate.TryGetValue(Record.FindDraft(q.On)?.Symbol ?? q.On, out var due) ? due.DueBy : (DateOnly?)null));

    protected override void OnParametersSet() =>
        SessionNumber ??= Assembly.Sessions.Keys.Count(s => s.StartsWith("ES-", StringComparison.Ordinal)) + 1;

    private Task ConveneDebateAsync(string draft) =>
        RunOnAssemblyAsync(DebateControl + draft, (user, b) =>
        {
            Access.Chair(user, BodyId.GeneralAssembly);
            b.Execute(BodyId.GeneralAssembly, new ConveneVetoDebate(Date, draft, Meeting));
        });

    private Task ConveneSessionAsync()
    {
        var number = SessionNumber;
        return RunOnAssemblyAsync(SessionControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var n = input.Number(number, "number", 1, 1000);
            input.ThrowIfAny();
            Access.Chair(user, BodyId.GeneralAssembly);
            b.Execute(BodyId.GeneralAssembly, new OpenSession(Date, SessionKind.EmergencySpecial, n));
        });
    }

    private async Task RecordCouncilRequestAsync()
    {
        var resolution = CouncilResolution;
        if (await RunOnAssemblyAsync(RequestControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var symbol = input.Symbol(resolution, "resolution");
            input.ThrowIfAny();
            Access.Chair(user, BodyId.GeneralAssembly);
            b.Execute(BodyId.GeneralAssembly, new ReceiveCouncilRequest(Date, symbol));
        }))
        {
            CouncilResolution = null;
        }
    }

    private async Task<bool> RunOnAssemblyAsync(string control, Action<System.Security.Claims.ClaimsPrincipal, Batch> commands)
    {
        var done = await RunAsync(control, token => Desk.RunAsync(Secretariat.BodyStream(BodyId.GeneralAssembly), commands, token));
        if (done && await Watch.ReadAsync(Meeting, CancellationToken.None) is { } view)
        {
            (_fresh, _freshAt) = (view.Record, view.Version);
            SessionNumber = Assembly.Sessions.Keys.Count(s => s.StartsWith("ES-", StringComparison.Ordinal)) + 1;
        }

        return done;
    }

}
