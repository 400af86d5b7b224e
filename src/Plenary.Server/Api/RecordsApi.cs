using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.States;
using Plenary.Infrastructure.Projections;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>The record across meetings, read from the projections: every decision taken, and how each State voted in recorded votes.</summary>
/// <remarks>
/// Public reads, paged by the log position of each decision: <c>after</c> is the last position of
/// the previous page and <c>next</c> the link to the following one (null on the last page).
/// </remarks>
public static class RecordsApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/decisions", GetDecisions)
            .WithTags("Records")
            .WithSummary("Decisions taken, by vote or without, in the order taken; filter by body and meeting date (inclusive).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/states/{code}/votes", GetVotesOfState)
            .WithTags("Records")
            .WithSummary("How a State voted in every recorded and roll-call vote, in the order the decisions were taken.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="body">GA or SC; every body when absent.</param>
    /// <param name="from">The first meeting date, YYYY-MM-DD.</param>
    /// <param name="to">The last meeting date, YYYY-MM-DD.</param>
    /// <param name="after">The log position after which the page starts (the previous page's last).</param>
    /// <param name="limit">At most this many decisions, 1 to 1000 (default 100).</param>
    public static async Task<Ok<DecisionsPage>> GetDecisions(
        Chamber chamber,
        RecordsKeeper records,
        CancellationToken cancellationToken,
        string? body = null,
        string? from = null,
        string? to = null,
        string? after = null,
        string? limit = null)
    {
        var input = new Input(chamber.Secretariat.Register);
        var bodyId = body is null ? (Domain.Bodies.BodyId?)null : input.Body(body, "body", chamber.Secretariat.Bodies);
        DateOnly? first = from is null ? null : input.Date(from, "from", default);
        DateOnly? last = to is null ? null : input.Date(to, "to", default);
        var (afterPosition, count) = Page(input, after, limit);
        if (first is { } f && last is { } l && f > l)
        {
            input.Error("to", $"{to} is before from ({from}).");
        }

        input.ThrowIfAny();
        var store = await records.CurrentAsync(cancellationToken);
        var rows = await store.DecisionsAsync(bodyId?.Value, first, last, afterPosition, count, cancellationToken);
        var next = rows.Count == count
            ? Link("/api/decisions", ("body", body), ("from", from), ("to", to), ("after", Text(rows[^1].Position)), ("limit", Text(count)))
            : null;
        return TypedResults.Ok(new DecisionsPage([.. rows.Select(DecisionOnRecord.From)], next));
    }

    /// <param name="code">The State's ISO 3166-1 alpha-3 code, such as UKR (any case).</param>
    /// <param name="after">The log position after which the page starts (the previous page's last).</param>
    /// <param name="limit">At most this many votes, 1 to 1000 (default 100).</param>
    public static async Task<Ok<StateVotesPage>> GetVotesOfState(
        string code,
        Chamber chamber,
        RecordsKeeper records,
        CancellationToken cancellationToken,
        string? after = null,
        string? limit = null)
    {
        var register = chamber.Secretariat.Register;
        var input = new Input(register);
        // A path typed by hand: "ukr" means UKR.
        if (!StateCode.TryParse(code.ToUpperInvariant(), out var state))
        {
            input.Error("code", $"'{code}' is not a State code (ISO 3166-1 alpha-3, such as UKR).");
        }

        var (afterPosition, count) = Page(input, after, limit);
        input.ThrowIfAny();
        if (!register.TryFind(state, out _))
        {
            throw new UnknownResource("State", code);
        }

        var store = await records.CurrentAsync(cancellationToken);
        var rows = await store.VotesOfAsync(state.Value, afterPosition, count, cancellationToken);
        var next = rows.Count == count
            ? Link($"/api/states/{state.Value}/votes", ("after", Text(rows[^1].Decision.Position)), ("limit", Text(count)))
            : null;
        return TypedResults.Ok(new StateVotesPage(state.Value, [.. rows.Select(r => VoteOnRecord.From(r.Decision, r.Vote))], next));
    }

    private static (long After, int Limit) Page(Input input, string? after, string? limit)
    {
        long afterPosition = 0;
        if (after is not null && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterPosition) || afterPosition < 0))
        {
            input.Error("after", $"'{after}' is not a log position (a whole number from 0).");
        }

        var count = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            input.Error("limit", string.Create(CultureInfo.InvariantCulture, $"'{limit}' is not a page size from 1 to {MaxLimit}."));
        }

        return (afterPosition, count);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Link(string path, params (string Name, string? Value)[] query) =>
        path + "?" + string.Join('&', query.Where(q => q.Value is not null).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}"));
}

/// <param name="Next">The link to the next page; null on the last.</param>
public sealed record DecisionsPage(IReadOnlyList<DecisionOnRecord> Items, string? Next);

/// <param name="Position">The log position of the announcement: the order decisions were taken in, and the paging key.</param>
/// <param name="On">The draft or proposal decided, by its symbol.</param>
/// <param name="Majority">The rule applied (<c>two-thirds</c>, <c>simple-majority</c>, <c>9-affirmative-with-permanent-concurrence</c>, ...), <c>none</c> without a vote.</param>
/// <param name="Required">The affirmative votes the rule required.</param>
public sealed record DecisionOnRecord(
    string Meeting,
    int Question,
    long Position,
    string Body,
    string? MeetingSymbol,
    string? Session,
    string Date,
    string On,
    string Kind,
    string Method,
    string Outcome,
    int Yes,
    int No,
    int Abstain,
    int NonVoting,
    string Majority,
    int Required,
    IReadOnlyList<string> VetoedBy,
    string? Resolution,
    string Explanation)
{
    public static DecisionOnRecord From(DecisionRow d) => new(
        d.Meeting, d.Question, d.Position, d.Body, d.MeetingSymbol, d.Session, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        d.On, d.Kind, d.Method, d.Outcome, d.Yes, d.No, d.Abstain, d.NonVoting, d.Majority, d.Required,
        d.VetoedBy.Split(' ', StringSplitOptions.RemoveEmptyEntries), d.Resolution, d.Explanation);
}

public sealed record StateVotesPage(string State, IReadOnlyList<VoteOnRecord> Items, string? Next);

/// <param name="Vote"><c>yes</c>, <c>no</c>, <c>abstain</c> or <c>non-voting</c>.</param>
public sealed record VoteOnRecord(
    string Meeting,
    int Question,
    long Position,
    string Body,
    string Date,
    string On,
    string Kind,
    string Outcome,
    string? Resolution,
    string Vote)
{
    public static VoteOnRecord From(DecisionRow d, string vote) => new(
        d.Meeting, d.Question, d.Position, d.Body, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.On, d.Kind, d.Outcome, d.Resolution, vote);
}
