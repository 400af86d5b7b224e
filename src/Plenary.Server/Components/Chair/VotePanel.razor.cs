using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Accounts;
using Plenary.Server.Api;

namespace Plenary.Server.Components.Chair;

/// <summary>Putting a question to the vote (or adopting it without a vote), then the vote in progress.</summary>
public sealed partial class VotePanel
{
    private const string OpenControl = "open-vote";

    private string? On { get; set; }

    private string? Question { get; set; }

    private string Method { get; set; } = "recorded";

    private string? Resolution { get; set; }

    private HashSet<StateCode> MustAbstain { get; } = [];

    private string? OnError => FieldError(OpenControl, "on");

    private string? QuestionError => FieldError(OpenControl, "question");

    private string? ResolutionError => FieldError(OpenControl, "resolution");

    private Electorate Electorate => Body.ElectorateOn(View.Meeting.Date, Register);

    private IEnumerable<DraftState> PendingDrafts => ChairDrafts.Of(View).Where(d => d.IsPending);

    private string MajorityText
    {
        get
        {
            var kind = Question ?? Body.QuestionNames.First();
            if (!Body.TryRuleFor(kind, Electorate, out var rule))
            {
                return string.Empty;
            }

            if (On is { } on && View.Meeting.MajoritiesDecided.TryGetValue(on.Trim(), out var decided))
            {
                rule = decided;
            }

            return Majorities.Describe(rule, T);
        }
    }

    protected override void OnParametersSet() => Question ??= Body.QuestionNames.FirstOrDefault();

    private string QuestionName(string name) => T["Kind_" + name] is { ResourceNotFound: false } text ? text.Value : name;

    private void Toggle(StateCode member, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            MustAbstain.Add(member);
        }
        else
        {
            MustAbstain.Remove(member);
        }
    }

    private async Task OpenAsync()
    {
        var (on, question, method) = (On, Question, Method);
        ImmutableArray<StateCode> parties = [.. MustAbstain];
        var seed = Random.Shared.Next();
        if (await RunAsync(OpenControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var subject = input.Symbol(on, "on");
            var kind = input.Text(question, "question", 50);
            var how = input.Word<VoteMethod>(method, "method", VoteMethod.Recorded, VoteMethodNames.TryParse, "recorded, non-recorded, roll-call");
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new OpenVote(subject, kind, how, seed, parties));
        }))
        {
            On = null;
            MustAbstain.Clear();
        }
    }

    private async Task AdoptWithoutVoteAsync()
    {
        var (on, question, resolution) = (On, Question, Resolution);
        if (await RunAsync(OpenControl, (user, b) =>
        {
            var input = new Input(b.Register);
            var subject = input.Symbol(on, "on");
            var kind = input.Text(question, "question", 50);
            var symbol = string.IsNullOrWhiteSpace(resolution) ? null : input.Symbol(resolution, "resolution");
            input.ThrowIfAny();
            Access.ChairOfMeeting(user)(b.Meeting(Meeting));
            b.Execute(Meeting, new AdoptWithoutVoteCommand(subject, kind), symbol);
        }))
        {
            On = null;
            Resolution = null;
        }
    }
}

/// <summary>The drafts a meeting's chair sees: those before its body, in its session when it has one.</summary>
internal static class ChairDrafts
{
    public static IEnumerable<DraftState> Of(Live.MeetingView view) =>
        view.Record.Drafts()
            .Where(d => d.Body == view.Meeting.Body && (view.Meeting.Session is null || d.Session is null || d.Session == view.Meeting.Session))
            .OrderBy(d => d.Submitted)
            .ThenBy(d => d.Symbol, StringComparer.Ordinal);
}

/// <summary>The majority a rule requires, in the chair's words.</summary>
internal static class Majorities
{
    public static string Describe(MajorityRule rule, Microsoft.Extensions.Localization.IStringLocalizer texts) => rule switch
    {
        MajorityRule.TwoThirdsMajority => texts["TwoThirds"],
        MajorityRule.AffirmativeVotes { PermanentMembersConcur: true } a => string.Format(CultureInfo.CurrentCulture, texts["AffirmativeWithConcurrence"], a.Count),
        MajorityRule.AffirmativeVotes a => string.Format(CultureInfo.CurrentCulture, texts["Affirmative"], a.Count),
        _ => texts["Simple"],
    };
}
