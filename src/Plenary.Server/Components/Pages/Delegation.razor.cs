using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Commands;
using Plenary.Server.Accounts;
using Plenary.Server.Api;
using Plenary.Server.Components.Delegation;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Localization;
using Plenary.Server.Problems;

namespace Plenary.Server.Components.Pages;

/// <summary>A delegation's console in a meeting: its State and rights, its vote on the open question, the drafts it sponsors or may join, and its places on the list of speakers.</summary>
/// <remarks>
/// Every command goes through <see cref="Desk"/> with the checks of the HTTP API (the same
/// <see cref="Access"/> calls), so the console can do nothing the API would refuse. A ballot from
/// here is a plain <c>CastVote</c>: the idempotency acknowledgement only serves API clients that
/// retry. Drafts live in streams of their own, which the meeting's watch does not follow: after a
/// draft command the page reads them again itself.
/// </remarks>
public sealed partial class Delegation
{
    private const int MaxDrafts = 50;

    [Inject]
    public required Desk Desk { get; init; }

    private bool UserRead { get; set; }

    private bool SignedIn { get; set; }

    private StateCode? State { get; set; }

    private DelegationSeat? Seat { get; set; }

    private IReadOnlyList<DraftState> Drafts { get; set; } = [];

    private IReadOnlyList<string> Documents { get; set; } = [];

    private bool Busy { get; set; }

    private string? VoteRefusal { get; set; }

    private string? DraftRefusalFor { get; set; }

    private string? DraftRefusal { get; set; }

    private DeskOutcome? SubmitOutcome { get; set; }

    private DeskOutcome? InscribeOutcome { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(Desk.Clock.GetUtcNow().UtcDateTime);

    private string SignInHref => "/sign-in?returnUrl=" + Uri.EscapeDataString($"/meetings/{Id}/delegation");

    private string BodyName => View is null ? string.Empty
        : View.Meeting.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"]
        : View.Meeting.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"]
        : View.Record.Body(View.Meeting.Body).Name;

    private string MeetingLine
    {
        get
        {
            var meeting = View!.Meeting;
            var parts = new List<string> { BodyName, meeting.Date.ToString("D", CultureInfo.CurrentCulture), meeting.Symbol ?? meeting.Id };
            if (meeting.Session is { } session)
            {
                parts.Add(string.Format(CultureInfo.CurrentCulture, T["Session"], session));
            }

            return string.Join(" · ", parts);
        }
    }

    private string ExampleSymbol => View?.Meeting switch
    {
        { Body.Value: "SC" } m => string.Create(CultureInfo.InvariantCulture, $"S/{m.Date.Year}/1"),
        { Session: { } session } => $"A/{session}/L.1",
        _ => "A/L.1",
    };

    protected override async Task OnInitializedAsync()
    {
        var user = await Desk.UserAsync(Stopping);
        SignedIn = user.Identity?.IsAuthenticated == true;
        if (SignedIn
            && (user.IsInRole(Roles.Delegation) || user.IsInRole(Roles.Observer))
            && StateCode.TryParse(user.FindFirstValue(Roles.StateClaim), out var state))
        {
            State = state;
        }

        UserRead = true;
    }

    protected override void OnViewChanged()
    {
        if (View is { } view && State is { } state)
        {
            Seat = DelegationSeat.Of(view.Meeting, view.Record, state, WebCultures.Language);
            ReadDrafts(view.Record);
        }
    }

    private void ReadDrafts(Batch record)
    {
        var meeting = View!.Meeting;
        var state = State!.Value;
        Drafts = [.. record.Drafts()
            .Where(d => d.Body == meeting.Body && (d.IsPending || (d.IsSponsor(state) && (d.Session is null || string.Equals(d.Session, meeting.Session, StringComparison.Ordinal)))))
            .OrderByDescending(d => d.IsPending)
            .ThenByDescending(d => d.Submitted)
            .ThenBy(d => d.Symbol, StringComparer.Ordinal)
            .Take(MaxDrafts)];
        Documents = [.. Drafts.Where(d => d.IsPending).Select(d => d.Symbol)
            .Concat(meeting.Current is { } current ? [current.On] : [])
            .Concat(meeting.Decided.Select(q => q.On))
            .Distinct(StringComparer.Ordinal)];
    }

    private async Task CastAsync(Vote vote)
    {
        var state = Seat!.State;
        var id = Id;
        VoteRefusal = null;
        var outcome = await RunAsync(() => Desk.RunOnMeetingAsync(id, (user, b) =>
        {
            Access.VoteFor(user, state);
            b.Execute(id, new CastVote(state, vote));
        }, Stopping));
        VoteRefusal = outcome.Succeeded ? null : Refusal(outcome);
    }

    private async Task ActOnDraftAsync((DraftState Draft, DraftAction Action) request)
    {
        var state = Seat!.State;
        var symbol = request.Draft.Symbol;
        var today = Today;
        DraftRefusalFor = symbol;
        DraftRefusal = null;
        var outcome = await RunAsync(() => Desk.RunAsync(Secretariat.DraftStream(Desk.Secretariat.OriginalOf(symbol)), (user, b) =>
        {
            var draft = b.FindDraft(symbol) ?? throw new UnknownResource("draft", symbol);
            switch (request.Action)
            {
                case DraftAction.CoSponsor:
                    Access.ForState(user, state);
                    b.Execute(symbol, new JoinSponsors(today, state));
                    break;
                case DraftAction.WithdrawSponsorship:
                    Access.ForState(user, state);
                    b.Execute(symbol, new WithdrawSponsorship(today, state));
                    break;
                default:
                    Access.MainSponsor(user)(draft);
                    b.Execute(symbol, new WithdrawDraft(today));
                    break;
            }
        }, Stopping));
        DraftRefusal = outcome.Succeeded ? null : Refusal(outcome);
        await ReadDraftsAgainAsync(outcome);
    }

    private async Task SubmitDraftAsync((string? Symbol, string? Title) request)
    {
        var state = Seat!.State;
        var meeting = View!.Meeting;
        var today = Today;
        SubmitOutcome = await RunAsync(() => Desk.RunAsync(Secretariat.DraftStream(request.Symbol?.Trim() ?? string.Empty), (user, b) =>
        {
            var input = new Input(b.Register);
            var symbol = input.Symbol(request.Symbol, "symbol");
            var title = input.Text(request.Title, "title", 1000);
            input.ThrowIfAny();
            Access.Submit(user, [state]);
            b.Execute(symbol, new SubmitDraft(today, symbol, meeting.Body, meeting.Session, title, [state], []));
        }, Stopping));
        await ReadDraftsAgainAsync(SubmitOutcome);
    }

    private async Task InscribeAsync((SpeechKind Kind, string? Document) request)
    {
        var state = Seat!.State;
        var id = Id;
        InscribeOutcome = await RunAsync(() => Desk.RunOnMeetingAsync(id, (user, b) =>
        {
            var input = new Input(b.Register);
            var document = request.Kind is SpeechKind.ExplanationBeforeVote or SpeechKind.ExplanationAfterVote
                ? input.Symbol(request.Document, "document")
                : null;
            input.ThrowIfAny();
            Access.ChairOrState(user, state)(b.Meeting(id));
            b.Execute(id, new InscribeSpeaker(state, request.Kind, document));
        }, Stopping));
    }

    private async Task<DeskOutcome> RunAsync(Func<Task<DeskOutcome>> command)
    {
        Busy = true;
        try
        {
            return await command();
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task ReadDraftsAgainAsync(DeskOutcome outcome)
    {
        if (outcome.Succeeded && View is not null)
        {
            ReadDrafts(await Desk.Secretariat.ReadAsync(Stopping));
        }
    }

    private static string Refusal(DeskOutcome outcome) =>
        outcome.Message ?? string.Join(" ", outcome.FieldErrors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    private string? BarText(VoteBar bar) => bar switch
    {
        VoteBar.Observer => T["BarObserver"].Value,
        VoteBar.NotMember => View?.Meeting.Body == BodyId.SecurityCouncil ? T["BarNotCouncilMember"].Value : T["BarNotMember"].Value,
        VoteBar.Article19 => T["BarArticle19"].Value,
        VoteBar.NotParticipating => V["NotParticipating"].Value,
        VoteBar.NonRecorded => T["BarNonRecorded"].Value,
        VoteBar.MustAbstain => T["BarMustAbstain"].Value,
        _ => null,
    };

    private string LastVote(QuestionRecord question, DelegationSeat seat)
    {
        var ballot = question.BallotOf(seat.State) switch
        {
            Vote.Yes => V["Yes"].Value,
            Vote.No => V["No"].Value,
            Vote.Abstain => V["Abstain"].Value,
            _ => T["DidNotVote"].Value,
        };
        var outcome = question.Decision?.Outcome switch
        {
            VoteOutcome.Adopted => V["Adopted"].Value,
            VoteOutcome.Vetoed => V["Vetoed"].Value,
            VoteOutcome.Rejected => V["Rejected"].Value,
            _ => string.Empty,
        };
        return string.Format(CultureInfo.CurrentCulture, T["LastVote"], question.On, ballot, outcome);
    }
}
