using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.Voting;
using Plenary.Server.Accounts;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Pages;

/// <summary>The Journal: votes in progress, today's meetings, the latest decisions and every meeting, like the UN Journal; public.</summary>
public sealed partial class Home
{
    private const int LatestDecisions = 20;

    [Inject]
    public required Chamber Chamber { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    private ClaimsPrincipal User { get; set; } = new();

    private JournalView? Journal { get; set; }

    protected override async Task OnInitializedAsync()
    {
        User = Authentication is null ? new ClaimsPrincipal() : (await Authentication).User;
        var batch = await Chamber.Secretariat.ReadAsync(CancellationToken.None);
        var meetings = batch.Meetings().OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var today = Chamber.Today;
        Journal = new JournalView(
            [.. batch.Bodies.Keys.OrderBy(b => b.Value, StringComparer.Ordinal).Select(b => (b, (IReadOnlyList<(string Session, SessionStatus Status)>)[.. batch.Record(b).Sessions.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value))]))],
            today,
            [.. meetings.Where(m => m.Current is { Closed: false })],
            [.. meetings.Where(m => m.Date == today)],
            [.. meetings.SelectMany(m => m.Decided.Where(q => q.Decision is not null).Select(q => (m, q))).OrderByDescending(d => d.m.Date).Take(LatestDecisions)],
            meetings);
    }

    private RenderFragment MeetingLinks(MeetingState meeting) => builder =>
    {
        builder.AddContent(0, $"{meeting.Date.ToString("d", CultureInfo.CurrentCulture)} · {BodyName(meeting)} · {MeetingName(meeting)} · ");
        builder.OpenElement(1, "a");
        builder.AddAttribute(2, "href", $"/meetings/{meeting.Id}/board");
        builder.AddContent(3, T["Board"]);
        builder.CloseElement();
        builder.AddContent(4, " · ");
        builder.OpenElement(5, "a");
        builder.AddAttribute(6, "href", $"/meetings/{meeting.Id}/record");
        builder.AddContent(7, T["Record"]);
        builder.CloseElement();
        if (IsChairOf(meeting))
        {
            builder.AddContent(8, " · ");
            builder.OpenElement(9, "a");
            builder.AddAttribute(10, "href", $"/meetings/{meeting.Id}/chair");
            builder.AddContent(11, T["ChairConsole"]);
            builder.CloseElement();
        }

        if (User.FindFirstValue(Roles.StateClaim) is not null)
        {
            builder.AddContent(12, " · ");
            builder.OpenElement(13, "a");
            builder.AddAttribute(14, "href", $"/meetings/{meeting.Id}/delegation");
            builder.AddContent(15, T["DelegationConsole"]);
            builder.CloseElement();
        }
    };

    private bool IsChairOf(MeetingState meeting)
    {
        try
        {
            Access.Chair(User, meeting.Body);
            return true;
        }
        catch (Forbidden)
        {
            return false;
        }
    }

    private string BodyName(MeetingState meeting) => BodyName(meeting.Body);

    private string BodyName(BodyId body) =>
        body == BodyId.GeneralAssembly ? V["GeneralAssembly"] : body == BodyId.SecurityCouncil ? V["SecurityCouncil"] : body.Value;

    private string Status(SessionStatus status) => status switch
    {
        SessionStatus.Open => T["SessionOpen"],
        SessionStatus.TemporarilyAdjourned => T["SessionAdjourned"],
        _ => T["SessionClosed"],
    };

    private string MeetingName(MeetingState meeting) =>
        meeting.Symbol ?? (meeting.Session is { } session ? $"{session} · {meeting.Id}" : meeting.Id);

    private string Outcome(Decision decision) => decision.Outcome switch
    {
        VoteOutcome.Adopted => V["Adopted"],
        VoteOutcome.Vetoed => V["Vetoed"],
        _ => V["Rejected"],
    };

    private sealed record JournalView(
        IReadOnlyList<(BodyId Body, IReadOnlyList<(string Session, SessionStatus Status)> Sessions)> Bodies,
        DateOnly Today,
        IReadOnlyList<MeetingState> Voting,
        IReadOnlyList<MeetingState> Today_,
        IReadOnlyList<(MeetingState Meeting, QuestionRecord Question)> Decisions,
        IReadOnlyList<MeetingState> Meetings);
}
