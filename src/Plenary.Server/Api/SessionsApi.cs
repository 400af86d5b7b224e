using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>A body's record: its sessions, requests for an emergency special session, resolutions, vetoes awaiting debate.</summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies/{body}").WithTags("Sessions");
        group.MapGet("/sessions", GetRecord);
        group.MapPost("/sessions", OpenSession);
        group.MapPost("/sessions/{session}/adjourn", AdjournSession);
        group.MapPost("/sessions/{session}/resume", ResumeSession);
        group.MapPost("/sessions/{session}/close", CloseSession);
        group.MapPost("/emergency-session-requests", RequestEmergencySession);
        group.MapPost("/veto-debates", ConveneVetoDebate);
        return group;
    }

    public static async Task<Results<Ok<BodyRecordResponse>, StatusCodeHttpResult>> GetRecord(string body, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var id = Known(body, chamber);
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        if (Http.NotModified(context, batch.Version(Secretariat.BodyStream(id))))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var record = batch.Record(id);
        return TypedResults.Ok(new BodyRecordResponse(
            id.Value,
            [.. record.Sessions.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SessionResponse(s.Key, Word(s.Value)))],
            [.. record.PendingRequests.Select(r => new EmergencyRequestResponse(Day(r.Date), r.RequestedBy, Day(r.ConveneBy)))],
            [.. record.Resolutions.Order(StringComparer.Ordinal)],
            [.. record.VetoesAwaitingDebate.Values.Select(v => new VetoAwaitingDebateResponse(v.Draft, [.. v.VetoedBy.Select(c => c.Value)], Day(v.DueBy)))],
            batch.Version(Secretariat.BodyStream(id))));
    }

    public static Task<Ok<CommandResponse>> OpenSession(string body, OpenSessionRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var kind = input.Word<SessionKind>(request.Kind, "kind", SessionKind.Regular, SessionKindNames.TryParse, "regular, special, emergency-special");
        if (request.Kind is null)
        {
            input.Error("kind", "is required: regular, special or emergency-special.");
        }

        var number = input.Number(request.Number, "number", 1, 1000);
        return RunAsync(body, chamber, context, input, new Domain.Sessions.OpenSession(date, kind, number), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> AdjournSession(string body, string session, DatedRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request?.Date, "date", chamber.Today);
        return RunAsync(body, chamber, context, input, new AdjournSessionTemporarily(date, session), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> ResumeSession(string body, string session, ResumeSessionRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var by = input.Text(request.RequestedBy, "requestedBy", 200);
        return RunAsync(body, chamber, context, input, new Domain.Sessions.ResumeSession(date, session, by), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> CloseSession(string body, string session, DatedRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request?.Date, "date", chamber.Today);
        return RunAsync(body, chamber, context, input, new Domain.Sessions.CloseSession(date, session), cancellationToken);
    }

    /// <summary>Records a request for an emergency special session: by a Council resolution (<c>resolution</c>) or by Members (<c>members</c>).</summary>
    public static Task<Ok<CommandResponse>> RequestEmergencySession(string body, EmergencySessionRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var register = chamber.Secretariat.Register;
        var input = new Input(register);
        var date = input.Date(request.Date, "date", chamber.Today);
        BodyRecordCommand? command = null;
        if (request.Resolution is not null && request.Members is null)
        {
            command = new ReceiveCouncilRequest(date, input.Symbol(request.Resolution, "resolution"));
        }
        else if (request.Members is not null && request.Resolution is null)
        {
            command = new ReceiveMembersRequest(date, input.States(request.Members, "members"), register.AssemblyMembersOn(date).Length);
        }
        else
        {
            input.Error("resolution", "give either the Council's resolution or the requesting members, not both.");
        }

        return RunAsync(body, chamber, context, input, command!, cancellationToken);
    }

    public static Task<Ok<CommandResponse>> ConveneVetoDebate(string body, VetoDebateRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var draft = input.Symbol(request.Draft, "draft");
        var meeting = input.Id(request.Meeting, "meeting");
        return RunAsync(body, chamber, context, input, new Domain.Sessions.ConveneVetoDebate(date, draft, meeting), cancellationToken);
    }

    private static async Task<Ok<CommandResponse>> RunAsync(string body, Chamber chamber, HttpContext context, Input input, BodyRecordCommand command, CancellationToken cancellationToken)
    {
        var id = Known(body, chamber);
        input.ThrowIfAny();
        Access.Chair(context.User, id);
        var result = await Http.ExecuteAsync(chamber.Secretariat, context, Secretariat.BodyStream(id), b => b.Execute(id, command), cancellationToken);
        return TypedResults.Ok(Http.Response(result));
    }

    private static BodyId Known(string body, Chamber chamber) =>
        BodyId.TryParse(body, out var id) && chamber.Secretariat.Bodies.ContainsKey(id) ? id : throw new UnknownResource("body", body);

    private static string Word(SessionStatus status) => status switch
    {
        SessionStatus.Open => "open",
        SessionStatus.TemporarilyAdjourned => "temporarily-adjourned",
        _ => "closed",
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <param name="Date">YYYY-MM-DD; today when absent.</param>
public sealed record DatedRequest(string? Date);

/// <param name="Kind">regular, special or emergency-special.</param>
public sealed record OpenSessionRequest(string? Kind, int? Number, string? Date);

public sealed record ResumeSessionRequest(string? RequestedBy, string? Date);

/// <param name="Resolution">The Council resolution asking for the session, such as "S/RES/2623 (2022)".</param>
/// <param name="Members">Or the Members asking for it; a majority of the Membership is needed.</param>
public sealed record EmergencySessionRequest(string? Resolution, IReadOnlyList<string>? Members, string? Date);

public sealed record VetoDebateRequest(string? Draft, string? Meeting, string? Date);

public sealed record BodyRecordResponse(
    string Body,
    IReadOnlyList<SessionResponse> Sessions,
    IReadOnlyList<EmergencyRequestResponse> PendingRequests,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<VetoAwaitingDebateResponse> VetoesAwaitingDebate,
    long Version);

public sealed record SessionResponse(string Session, string Status);

public sealed record EmergencyRequestResponse(string Date, string RequestedBy, string ConveneBy);

public sealed record VetoAwaitingDebateResponse(string Draft, IReadOnlyList<string> VetoedBy, string DueBy);
