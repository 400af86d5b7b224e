using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.Meetings;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>Meetings: opening, the agenda, the list of speakers, adjournment, and the record.</summary>
public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings").WithTags("Meetings");
        group.MapGet("/", GetMeetings);
        group.MapPost("/", OpenMeeting);
        group.MapGet("/{id}", GetMeeting);
        group.MapGet("/{id}/record", GetRecord);
        group.MapPost("/{id}/agenda", AdoptAgendaItem);
        group.MapPost("/{id}/time-limit", SetTimeLimit);
        group.MapPost("/{id}/speakers", InscribeSpeaker);
        group.MapPost("/{id}/speakers/close", CloseListOfSpeakers);
        group.MapPost("/{id}/floor", GiveFloor);
        group.MapPost("/{id}/adjourn", Adjourn);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<MeetingSummary>>> GetMeetings(Chamber chamber, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MeetingSummary>>([.. batch.Meetings()
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new MeetingSummary(m.Id, m.Body.Value, m.Symbol, Day(m.Date), m.Session, m.Adjourned))]);
    }

    public static async Task<Created<CommandResponse>> OpenMeeting(OpenMeetingRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var secretariat = chamber.Secretariat;
        var input = new Input(secretariat.Register);
        var body = input.Body(request.Body, "body", secretariat.Bodies);
        var date = input.Date(request.Date, "date", chamber.Today);
        var symbol = request.Symbol is null ? null : input.Symbol(request.Symbol, "symbol");
        var session = input.Optional(request.Session, "session", 20);
        var id = request.Id is null ? null : input.Id(request.Id, "id");
        input.ThrowIfAny();
        Access.Chair(context.User, body);
        if (id is null)
        {
            var existing = (await secretariat.ReadAsync(cancellationToken)).Meetings().Count(m => m.Body == body && m.Date == date);
            id = string.Create(CultureInfo.InvariantCulture, $"{body}-{date:yyyyMMdd}-{existing + 1}");
        }

        if (session is null && body == Domain.Bodies.BodyId.GeneralAssembly)
        {
            session = Domain.Sessions.RegularSession.On(date).ToString(CultureInfo.InvariantCulture);
        }

        var result = await Http.ExecuteAsync(secretariat, context, Secretariat.MeetingStream(id), b => b.Execute(id, new Domain.Meetings.OpenMeeting(id, body, symbol, date, session)), cancellationToken);
        return TypedResults.Created($"/api/meetings/{id}", Http.Response(result));
    }

    public static async Task<Results<Ok<MeetingResponse>, StatusCodeHttpResult>> GetMeeting(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var (meeting, version) = await ReadAsync(id, chamber, cancellationToken);
        if (Http.NotModified(context, version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(new MeetingResponse(
            meeting.Id,
            meeting.Body.Value,
            meeting.Symbol,
            Day(meeting.Date),
            meeting.Session,
            meeting.Adjourned,
            [.. meeting.Agenda.Select(a => new AgendaItemResponse(a.Number, a.Title))],
            meeting.SpeakingTimeLimit,
            [.. meeting.Speakers.Select(s => new SpeakerResponse(s.State.Value, s.Kind.Word(), s.Document, s.Precedence))],
            meeting.ListClosed,
            [.. meeting.Heard.Select(h => new SpeechResponse(h.State.Value, h.Kind.Word()) { Name = chamber.Secretariat.Register.NameOn(h.State, meeting.Date) })],
            meeting.Current is { } current ? VotesApi.Summary(current, chamber.Secretariat, meeting.Date) : null,
            [.. meeting.Decided.Select(q => VotesApi.Summary(q, chamber.Secretariat, meeting.Date))],
            version));
    }

    /// <summary>The meeting's record: who spoke, and each decision with its votes and the resolution it became.</summary>
    public static async Task<Results<Ok<MeetingRecordResponse>, StatusCodeHttpResult>> GetRecord(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var secretariat = chamber.Secretariat;
        var batch = await secretariat.ReadAsync(cancellationToken);
        var meeting = batch.Meeting(id);
        if (!meeting.Opened)
        {
            throw new UnknownResource("meeting", id);
        }

        if (Http.NotModified(context, batch.Version(Secretariat.MeetingStream(id))))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var register = secretariat.Register;
        return TypedResults.Ok(new MeetingRecordResponse(
            meeting.Id,
            secretariat.Body(meeting.Body).Name,
            meeting.Symbol,
            Day(meeting.Date),
            meeting.Session,
            [.. meeting.Agenda.Select(a => new AgendaItemResponse(a.Number, a.Title))],
            [.. meeting.Heard.Select(h => new SpeechResponse(h.State.Value, h.Kind.Word()) { Name = register.NameOn(h.State, meeting.Date) })],
            [.. meeting.Decided.Select(q => VotesApi.Record(q, secretariat, meeting.Date) with { Resolution = batch.ResolutionOf(q.On) })],
            meeting.Adjourned));
    }

    public static Task<Ok<CommandResponse>> AdoptAgendaItem(string id, AgendaItemRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var title = input.Text(request.Title, "title", 2000);
        if (request.Number is not null)
        {
            input.Number(request.Number, "number", 1, 10000);
        }

        input.ThrowIfAny();
        return RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.AdoptAgendaItem(request.Number ?? (b.Meeting(id).Agenda.Length + 1), title)), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> SetTimeLimit(string id, TimeLimitRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var minutes = input.Number(request.Minutes, "minutes", 1, 600);
        input.ThrowIfAny();
        return RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new SetSpeakingTimeLimit(minutes)), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> InscribeSpeaker(string id, InscribeRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var state = input.State(request.State, "state");
        var kind = input.Word<SpeechKind>(request.Kind, "kind", SpeechKind.Statement, SpeechKindNames.TryParse, "statement, explanation-before-vote, explanation-after-vote, right-of-reply");
        var document = request.Document is null ? null : input.Symbol(request.Document, "document");
        input.ThrowIfAny();
        return RunAsync(id, chamber, context, Access.ChairOrState(context.User, state), b => b.Execute(id, new Domain.Meetings.InscribeSpeaker(state, kind, document, request.Precedence ?? false)), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> CloseListOfSpeakers(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken) =>
        RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.CloseListOfSpeakers()), cancellationToken);

    /// <summary>Gives the floor to the next speaker on the list; a named State must be that speaker.</summary>
    public static Task<Ok<CommandResponse>> GiveFloor(string id, FloorRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var state = input.OptionalState(request?.State, "state");
        input.ThrowIfAny();
        return RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.GiveFloor(state)), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> Adjourn(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken) =>
        RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new AdjournMeeting()), cancellationToken);

    /// <summary>Runs a command on an existing meeting: 404 when there is none.</summary>
    /// <param name="authorize">Throws <see cref="Forbidden"/> if the signed-in account may not act on this meeting.</param>
    internal static async Task<Ok<CommandResponse>> RunAsync(string id, Chamber chamber, HttpContext context, Action<MeetingState> authorize, Action<Batch> commands, CancellationToken cancellationToken) =>
        TypedResults.Ok(Http.Response(await ExecuteAsync(id, chamber, context, authorize, commands, cancellationToken)));

    /// <summary>Like <see cref="RunAsync"/>, for a handler that answers with something other than the events.</summary>
    internal static Task<CommandResult> ExecuteAsync(string id, Chamber chamber, HttpContext context, Action<MeetingState> authorize, Action<Batch> commands, CancellationToken cancellationToken) =>
        Http.ExecuteAsync(chamber.Secretariat, context, Secretariat.MeetingStream(id), b =>
        {
            if (!b.Meeting(id).Opened)
            {
                throw new UnknownResource("meeting", id);
            }

            authorize(b.Meeting(id));
            commands(b);
        }, cancellationToken);

    internal static async Task<(MeetingState Meeting, long Version)> ReadAsync(string id, Chamber chamber, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        var meeting = batch.Meeting(id);
        return meeting.Opened ? (meeting, batch.Version(Secretariat.MeetingStream(id))) : throw new UnknownResource("meeting", id);
    }

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <param name="Id">Optional: letters, digits, '-' and '_'; else BODY-YYYYMMDD-N.</param>
/// <param name="Session">The session, such as ES-11; for the Assembly, the regular session in course when absent.</param>
public sealed record OpenMeetingRequest(string? Body, string? Date, string? Symbol, string? Session, string? Id);

public sealed record AgendaItemRequest(int? Number, string? Title);

public sealed record TimeLimitRequest(int? Minutes);

/// <param name="Kind">statement (default), explanation-before-vote, explanation-after-vote or right-of-reply.</param>
public sealed record InscribeRequest(string? State, string? Kind, string? Document, bool? Precedence);

public sealed record FloorRequest(string? State);

public sealed record MeetingSummary(string Id, string Body, string? Symbol, string Date, string? Session, bool Adjourned);

public sealed record MeetingResponse(
    string Id,
    string Body,
    string? Symbol,
    string Date,
    string? Session,
    bool Adjourned,
    IReadOnlyList<AgendaItemResponse> Agenda,
    int? SpeakingTimeLimit,
    IReadOnlyList<SpeakerResponse> Speakers,
    bool ListOfSpeakersClosed,
    IReadOnlyList<SpeechResponse> Heard,
    QuestionSummary? CurrentQuestion,
    IReadOnlyList<QuestionSummary> Decided,
    long Version);

public sealed record AgendaItemResponse(int Number, string Title);

public sealed record SpeakerResponse(string State, string Kind, string? Document, bool Precedence);

public sealed record SpeechResponse(string State, string Kind)
{
    public string? Name { get; init; }
}

public sealed record MeetingRecordResponse(
    string Id,
    string Body,
    string? Symbol,
    string Date,
    string? Session,
    IReadOnlyList<AgendaItemResponse> Agenda,
    IReadOnlyList<SpeechResponse> Speakers,
    IReadOnlyList<QuestionRecordResponse> Decisions,
    bool Adjourned);
