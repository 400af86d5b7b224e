using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>Questions put to the vote in a meeting: open, cast or change a vote, announce the lock, close (lock) the voting, announce the result, and each State's vote.</summary>
public static class VotesApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapVotes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id}/votes").WithTags("Votes");
        group.MapPost("/", OpenVote);
        group.MapGet("/current", GetCurrent);
        group.MapPost("/current/ballots", CastVote);
        group.MapPost("/current/counts", RecordCounts);
        group.MapPost("/current/announce-lock", AnnounceLock);
        group.MapPost("/current/close", CloseVoting);
        group.MapPost("/current/announce", AnnounceResult);
        group.MapPost("/without-vote", AdoptWithoutVote);
        group.MapGet("/{number:int}", GetQuestion);
        group.MapPost("/{number:int}/intentions", StateIntention);
        return group;
    }

    /// <summary>Puts a question to the vote; the majority and the electorate are fixed from now on.</summary>
    public static Task<Ok<CommandResponse>> OpenVote(string id, OpenVoteRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var on = input.Symbol(request.On, "on");
        var question = input.Text(request.Question, "question", 50);
        var method = input.Word<VoteMethod>(request.Method, "method", VoteMethod.Recorded, VoteMethodNames.TryParse, "recorded, non-recorded, roll-call");
        var mustAbstain = input.States(request.MustAbstain, "mustAbstain");
        input.ThrowIfAny();
        var seed = Random.Shared.Next();
        return MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.OpenVote(on, question, method, seed, mustAbstain)), cancellationToken);
    }

    public static async Task<Results<Ok<QuestionRecordResponse>, StatusCodeHttpResult>> GetCurrent(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var (meeting, version) = await MeetingsApi.ReadAsync(id, chamber, cancellationToken);
        var current = meeting.Current ?? throw new UnknownResource("question being voted in meeting", id);
        return Http.NotModified(context, version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(Record(current, chamber.Secretariat, meeting.Date));
    }

    /// <summary>Casts or changes a State's vote (in a roll-call, the chair records the answer). Send an <c>Idempotency-Key</c>: a retry with the same key gets the same answer and is never counted twice.</summary>
    public static async Task<Ok<BallotResponse>> CastVote(
        string id,
        BallotRequest request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        Chamber chamber,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var state = input.State(request.State, "state");
        var vote = input.Vote(request.Vote, "vote");
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            input.Error(IdempotencyKeyHeader, "is required: a unique value per ballot, such as a UUID, sent again unchanged on a retry.");
        }
        else if (idempotencyKey.Length > 100 || idempotencyKey.Any(c => c < '!' || c > '~'))
        {
            input.Error(IdempotencyKeyHeader, "must be 1 to 100 visible ASCII characters.");
        }

        input.ThrowIfAny();
        var key = idempotencyKey!;
        BallotAcknowledged? answer = null;
        await MeetingsApi.ExecuteAsync(id, chamber, context, Access.RecordVote(context.User, state), b =>
        {
            if (b.Acknowledgement(id, key) is { } earlier)
            {
                answer = earlier.Meeting == id && earlier.State == state && earlier.Vote == vote ? earlier : throw new IdempotencyKeyReused(key);
                return;
            }

            // The key is the vote's reference, so the vote itself is the acknowledgement; a ballot
            // that changes nothing casts no vote and is acknowledged in a stream of its own.
            var cast = b.Execute(id, new Domain.Meetings.CastVote(state, vote, key));
            answer = new BallotAcknowledged(id, key, b.Meeting(id).Current!.Number, state, vote, b.Version(Secretariat.MeetingStream(id)));
            if (cast.IsEmpty)
            {
                b.Acknowledge(answer);
            }
        }, cancellationToken);
        context.Response.Headers.ETag = Http.ETag(answer!.Version);
        return TypedResults.Ok(new BallotResponse(id, answer.Question, answer.State.Value, Word(answer.Vote), answer.Version));
    }

    /// <summary>Records the numbers of a non-recorded vote.</summary>
    public static Task<Ok<CommandResponse>> RecordCounts(string id, CountsRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var yes = input.Number(request.Yes, "yes", 0, 1000);
        var no = input.Number(request.No, "no", 0, 1000);
        var abstain = input.Number(request.Abstain, "abstain", 0, 1000);
        input.ThrowIfAny();
        return MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new RecordVoteCounts(yes, no, abstain)), cancellationToken);
    }

    /// <summary>Announces that the voting will be closed when the countdown ends; votes are still cast and changed until the lock itself.</summary>
    /// <param name="request">Optionally the countdown in seconds, 0 to 300 (default 30). Announcing again may only extend it.</param>
    public static Task<Ok<CommandResponse>> AnnounceLock(string id, AnnounceLockRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var seconds = input.Number(request?.Seconds ?? VoteLock.DefaultSeconds, "seconds", VoteLock.MinSeconds, VoteLock.MaxSeconds);
        input.ThrowIfAny();

        // Stamped inside the batch, so a retry after a concurrent write takes the time again.
        return MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new AnnounceVoteLock(chamber.Clock.GetUtcNow(), seconds)), cancellationToken);
    }

    /// <summary>Closes (locks) the voting: no vote is accepted or changed after this. Refused before an announced countdown ends.</summary>
    public static Task<Ok<CommandResponse>> CloseVoting(string id, Chamber chamber, HttpContext context, CancellationToken cancellationToken) =>
        MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.CloseVoting(chamber.Clock.GetUtcNow())), cancellationToken);

    /// <summary>Announces the result; an adopted draft becomes a resolution and a veto is noted for the Assembly.</summary>
    /// <param name="request">Optionally the resolution symbol the record gives; otherwise the next in the series.</param>
    public static Task<Ok<CommandResponse>> AnnounceResult(string id, AnnounceRequest? request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var resolution = request?.Resolution is null ? null : input.Symbol(request.Resolution, "resolution");
        input.ThrowIfAny();
        return MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new Domain.Meetings.AnnounceResult(), resolution), cancellationToken);
    }

    public static Task<Ok<CommandResponse>> AdoptWithoutVote(string id, WithoutVoteRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var on = input.Symbol(request.On, "on");
        var question = input.Text(request.Question, "question", 50);
        var resolution = request.Resolution is null ? null : input.Symbol(request.Resolution, "resolution");
        input.ThrowIfAny();
        return MeetingsApi.RunAsync(id, chamber, context, Access.ChairOfMeeting(context.User), b => b.Execute(id, new AdoptWithoutVoteCommand(on, question), resolution), cancellationToken);
    }

    /// <summary>The per-State record of a question: each member's vote, or why it had none.</summary>
    public static async Task<Results<Ok<QuestionRecordResponse>, StatusCodeHttpResult>> GetQuestion(string id, int number, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var batch = await chamber.Secretariat.ReadAsync(cancellationToken);
        var meeting = batch.Meeting(id);
        if (!meeting.Opened)
        {
            throw new UnknownResource("meeting", id);
        }

        var question = meeting.Decided.FirstOrDefault(q => q.Number == number)
            ?? (meeting.Current?.Number == number ? meeting.Current : null)
            ?? throw new UnknownResource("question", $"{id}/{number}");
        return Http.NotModified(context, batch.Version(Secretariat.MeetingStream(id)))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(Record(question, chamber.Secretariat, meeting.Date) with { Resolution = batch.ResolutionOf(question.On) });
    }

    /// <summary>Records, after the vote, how a delegation meant to vote; it never changes the result.</summary>
    public static Task<Ok<CommandResponse>> StateIntention(string id, int number, IntentionRequest request, Chamber chamber, HttpContext context, CancellationToken cancellationToken)
    {
        var input = new Input(chamber.Secretariat.Register);
        var state = input.State(request.State, "state");
        Vote? intended = request.Intended is null ? null : input.Vote(request.Intended, "intended");
        input.ThrowIfAny();
        return MeetingsApi.RunAsync(id, chamber, context, _ => Access.VoteFor(context.User, state), b => b.Execute(id, new StateVoteIntention(number, state, intended)), cancellationToken);
    }

    internal static QuestionSummary Summary(QuestionRecord q, Secretariat secretariat, DateOnly date) =>
        new(q.Number, q.On, q.QuestionKind, q.Method.Word(), q.Rule.Code, q.Closed, Counts(q.Decision?.Tally ?? q.Tally()), q.Decision is { } d ? Decision(d, secretariat, date) : null)
        {
            LockAnnouncedAt = q.LockAnnouncedAt,
            LocksAt = q.LocksAt,
        };

    internal static QuestionRecordResponse Record(QuestionRecord q, Secretariat secretariat, DateOnly date)
    {
        var register = secretariat.Register;
        var votes = q.Members.Select(m => new StateVoteResponse(
            m.Value,
            register.NameOn(m, date),
            q.BallotOf(m) is { } v ? Word(v) : null,
            q.Permanent.Contains(m),
            q.CannotVote.TryGetValue(m, out var reason) ? StatesApi.Reason(reason) : q.MustAbstain.Contains(m) ? "must-abstain" : null));
        return new QuestionRecordResponse(
            q.Number,
            q.On,
            q.QuestionKind,
            q.Method.Word(),
            q.Rule.Code,
            q.Closed,
            Counts(q.Decision?.Tally ?? q.Tally()),
            q.Decision is { } d ? Decision(d, secretariat, date) : null,
            [.. votes],
            [.. q.Intentions.OrderBy(i => i.Key.Value, StringComparer.Ordinal).Select(i => new IntentionResponse(i.Key.Value, i.Value is { } v ? Word(v) : null))])
        {
            LockAnnouncedAt = q.LockAnnouncedAt,
            LocksAt = q.LocksAt,
        };
    }

    private static DecisionResponse Decision(Decision d, Secretariat secretariat, DateOnly date) =>
        new(d.Outcome.Word(), d.Required, [.. d.VetoedBy.Select(c => c.Value)], d.Explanation);

    private static TallyResponse Counts(Tally t) => new(t.Yes, t.No, t.Abstain, t.NonVoting);

    private static string Word(Vote vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        _ => "abstain",
    };
}

/// <param name="On">The draft or proposal voted on, such as S/2022/155.</param>
/// <param name="Question">The kind of question: GA important or other; SC substantive or procedural.</param>
/// <param name="Method">recorded (default), non-recorded or roll-call.</param>
/// <param name="MustAbstain">Parties to a dispute under Chapter VI, who must abstain in the Council (Art. 27(3)).</param>
public sealed record OpenVoteRequest(string? On, string? Question, string? Method, IReadOnlyList<string>? MustAbstain);

/// <param name="Vote">yes, no or abstain.</param>
public sealed record BallotRequest(string? State, string? Vote);

public sealed record BallotResponse(string Meeting, int Question, string State, string Vote, long Version);

public sealed record CountsRequest(int? Yes, int? No, int? Abstain);

public sealed record AnnounceRequest(string? Resolution);

/// <param name="Seconds">The countdown to the lock, 0 to 300; 30 when absent.</param>
public sealed record AnnounceLockRequest(int? Seconds);

public sealed record WithoutVoteRequest(string? On, string? Question, string? Resolution);

/// <param name="Intended">yes, no or abstain; absent for "meant not to vote".</param>
public sealed record IntentionRequest(string? State, string? Intended);

public sealed record TallyResponse(int Yes, int No, int Abstain, int NonVoting);

/// <param name="Outcome">adopted, rejected or vetoed.</param>
public sealed record DecisionResponse(string Outcome, int Required, IReadOnlyList<string> VetoedBy, string Explanation);

public sealed record QuestionSummary(int Number, string On, string Question, string Method, string Majority, bool Closed, TallyResponse Tally, DecisionResponse? Decision)
{
    /// <summary>When the chair announced the lock (UTC), if it did; a board counts down from it to <see cref="LocksAt"/>.</summary>
    public DateTimeOffset? LockAnnouncedAt { get; init; }

    /// <summary>When the announced countdown ends (UTC): votes are taken until the chair locks, which is not before this.</summary>
    public DateTimeOffset? LocksAt { get; init; }
}

public sealed record QuestionRecordResponse(
    int Number,
    string On,
    string Question,
    string Method,
    string Majority,
    bool Closed,
    TallyResponse Tally,
    DecisionResponse? Decision,
    IReadOnlyList<StateVoteResponse> Votes,
    IReadOnlyList<IntentionResponse> Intentions)
{
    /// <summary>The resolution an adopted draft became, if any.</summary>
    public string? Resolution { get; init; }

    /// <summary>When the chair announced the lock (UTC), if it did; a board counts down from it to <see cref="LocksAt"/>.</summary>
    public DateTimeOffset? LockAnnouncedAt { get; init; }

    /// <summary>When the announced countdown ends (UTC): votes are taken until the chair locks, which is not before this.</summary>
    public DateTimeOffset? LocksAt { get; init; }
}

/// <param name="NoVote">Why the member had no vote: article-19, not-participating or must-abstain.</param>
public sealed record StateVoteResponse(string State, string Name, string? Vote, bool Permanent, string? NoVote);

public sealed record IntentionResponse(string State, string? Intended);
