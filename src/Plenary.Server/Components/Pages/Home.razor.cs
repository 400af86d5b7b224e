using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Pages;

/// <summary>The Journal: votes in progress, today's meetings, the latest decisions and every meeting, like the UN Journal; public.</summary>
public sealed partial class Home
{
    private const int LatestDecisions = 20;

    [Inject]
    public required Chamber Chamber { get; init; }

    private JournalView? Journal { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var batch = await Chamber.Secretariat.ReadAsync(CancellationToken.None);
        var meetings = batch.Meetings().OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var today = Chamber.Today;
        Journal = new JournalView(
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
    };

    private string BodyName(MeetingState meeting) =>
        meeting.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"] : meeting.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"] : meeting.Body.Value;

    private string MeetingName(MeetingState meeting) =>
        meeting.Symbol ?? (meeting.Session is { } session ? $"{session} · {meeting.Id}" : meeting.Id);

    private string Outcome(Decision decision) => decision.Outcome switch
    {
        VoteOutcome.Adopted => V["Adopted"],
        VoteOutcome.Vetoed => V["Vetoed"],
        _ => V["Rejected"],
    };

    private sealed record JournalView(
        DateOnly Today,
        IReadOnlyList<MeetingState> Voting,
        IReadOnlyList<MeetingState> Today_,
        IReadOnlyList<(MeetingState Meeting, QuestionRecord Question)> Decisions,
        IReadOnlyList<MeetingState> Meetings);
}
