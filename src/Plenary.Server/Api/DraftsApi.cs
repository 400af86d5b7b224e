using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.Drafts;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>Draft resolutions: submission, sponsors, revisions, withdrawal.</summary>
/// <remarks>A symbol holds slashes: in a path, send them as <c>%2F</c> (<c>/api/drafts/S%2F2022%2F155</c>).</remarks>
public static class DraftsApi
{
    public static RouteGroupBuilder MapDrafts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/drafts").WithTags("Drafts");
        group.MapGet("/", GetDrafts);
        group.MapPost("/", SubmitDraft);
        group.MapGet("/{symbol}", GetDraft);
        group.MapPost("/{symbol}/sponsors/join", JoinSponsors);
        group.MapPost("/{symbol}/sponsors/withdraw", WithdrawSponsorship);
        group.MapPost("/{symbol}/revise", ReviseDraft);
        group.MapPost("/{symbol}/oral-revisions", ReviseOrally);
        group.MapPost("/{symbol}/withdraw", WithdrawDraft);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DraftResponse>>> GetDrafts(Chamber chamber, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DraftResponse>>([.. batch.Drafts().Select(d => Map(d, batch.Version(Secretariat.DraftStream(d.OriginalSymbol))))]);
    }

    public static async Task<Results<Ok<DraftResponse>, StatusCodeHttpResult>> GetDraft(string symbol, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        var draft = batch.FindDraft(Unescape(symbol)) ?? throw new UnknownResource("draft", Unescape(symbol));
        var version = batch.Version(Secretariat.DraftStream(draft.OriginalSymbol));
        return Http.NotModified(context, version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(Map(draft, version));
    }

    public static async Task<Created<CommandResponse>> SubmitDraft(SubmitDraftRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var secretariat = chamber.Secretariat;
        var input = new Input(secretariat.Register);
        var symbol = input.Symbol(request.Symbol, "symbol");
        var body = input.Body(request.Body, "body", secretariat.Bodies);
        var session = input.Optional(request.Session, "session", 20);
        var title = input.Text(request.Title, "title", 1000);
        var date = input.Date(request.Date, "date", chamber.Today);
        var main = input.States(request.Sponsors, "sponsors");
        var co = input.States(request.CoSponsors, "coSponsors");
        input.ThrowIfAny();
        Access.Submit(context.User, [.. main, .. co]);
        var result = await Http.ExecuteAsync(secretariat, context, Secretariat.DraftStream(symbol), b => b.Execute(symbol, new Domain.Drafts.SubmitDraft(date, symbol, body, session, title, main, co)), cancellationToken);
        return TypedResults.Created($"/api/drafts/{Uri.EscapeDataString(symbol)}", Http.Response(result));
    }

    public static Task<Ok<CommandResponse>> JoinSponsors(string symbol, SponsorRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var state = input.State(request.State, "state");
        return RunAsync(symbol, chamber, context, input, _ => Access.ForState(context.User, state), new Domain.Drafts.JoinSponsors(date, state), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> WithdrawSponsorship(string symbol, SponsorRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var state = input.State(request.State, "state");
        return RunAsync(symbol, chamber, context, input, _ => Access.ForState(context.User, state), new Domain.Drafts.WithdrawSponsorship(date, state), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> ReviseDraft(string symbol, ReviseRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var revised = input.Symbol(request.NewSymbol, "newSymbol");
        var title = input.Optional(request.Title, "title", 1000);
        return RunAsync(symbol, chamber, context, input, Access.MainSponsor(context.User), new Domain.Drafts.ReviseDraft(date, revised, title), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> ReviseOrally(string symbol, OralRevisionRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request.Date, "date", chamber.Today);
        var revision = input.Text(request.Revision, "revision", 4000);
        return RunAsync(symbol, chamber, context, input, Access.MainSponsor(context.User), new ReviseDraftOrally(date, revision), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> WithdrawDraft(string symbol, DatedRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var date = input.Date(request?.Date, "date", chamber.Today);
        return RunAsync(symbol, chamber, context, input, Access.MainSponsor(context.User), new Domain.Drafts.WithdrawDraft(date), cancellationToken);
    }

    internal static DraftResponse Map(DraftState d, long version) => new(
        d.Symbol,
        d.OriginalSymbol,
        d.Body.Value,
        d.Session,
        d.Title,
        d.Submitted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [.. d.MainSponsors.Select(c => c.Value)],
        [.. d.Sponsors.Select(c => c.Value)],
        d.Status switch
        {
            DraftStatus.Tabled => "tabled",
            DraftStatus.Withdrawn => "withdrawn",
            DraftStatus.Adopted => "adopted",
            DraftStatus.Vetoed => "vetoed",
            DraftStatus.Rejected => "rejected",
            _ => "not-submitted",
        },
        [.. d.OralRevisions],
        d.Resolution,
        version);

    private static async Task<Ok<CommandResponse>> RunAsync(string symbol, Chamber chamber, HttpContext context, Input input, Action<DraftState> authorize, DraftCommand command, CancellationToken cancellationToken)
    {
        input.ThrowIfAny();
        var secretariat = chamber.Secretariat;
        var draft = Unescape(symbol);
        var original = secretariat.OriginalOf(draft);
        var result = await Http.ExecuteAsync(secretariat, context, Secretariat.DraftStream(original), b =>
        {
            authorize(b.FindDraft(draft) ?? throw new UnknownResource("draft", draft));

            b.Execute(draft, command);
        }, cancellationToken);
        return TypedResults.Ok(Http.Response(result));
    }

    private static string Unescape(string symbol) => Uri.UnescapeDataString(symbol);
}

/// <param name="Sponsors">The main sponsors printed on the draft.</param>
/// <param name="CoSponsors">Further sponsors printed on it.</param>
/// <param name="Date">The date of issue, YYYY-MM-DD; today when absent.</param>
public sealed record SubmitDraftRequest(
    string? Symbol,
    string? Body,
    string? Title,
    string? Session,
    IReadOnlyList<string>? Sponsors,
    IReadOnlyList<string>? CoSponsors,
    string? Date);

public sealed record SponsorRequest(string? State, string? Date);

public sealed record ReviseRequest(string? NewSymbol, string? Title, string? Date);

public sealed record OralRevisionRequest(string? Revision, string? Date);

/// <param name="Status">tabled, withdrawn, adopted, vetoed or rejected.</param>
public sealed record DraftResponse(
    string Symbol,
    string OriginalSymbol,
    string Body,
    string? Session,
    string Title,
    string Submitted,
    IReadOnlyList<string> MainSponsors,
    IReadOnlyList<string> Sponsors,
    string Status,
    IReadOnlyList<string> OralRevisions,
    string? Resolution,
    long Version);
