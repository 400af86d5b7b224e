using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Localization;

namespace Plenary.Server.Components.Record;

/// <summary>One decision in a meeting's record: the outcome, the vote, the per-State record by group (in favour, against, abstaining, non-voting) and the resolution it became.</summary>
/// <remarks>
/// States are listed in the members' order (English alphabetical), as the UN's records do, each
/// named in the reader's language. Intentions stated after the vote follow it and never change it.
/// </remarks>
public sealed partial class DecisionRecord
{
    [Parameter, EditorRequired]
    public required QuestionRecord Question { get; set; }

    /// <summary>The meeting's date: States are named as they were then.</summary>
    [Parameter, EditorRequired]
    public DateOnly Date { get; set; }

    [Parameter, EditorRequired]
    public required MembershipRegister Register { get; set; }

    [Parameter]
    public string? Resolution { get; set; }

    private string HeadingId => $"decision-{Question.Number}";

    private Tally Tally => Question.Decision?.Tally ?? Question.Tally();

    private string OutcomeWord => Question.Decision?.Outcome switch
    {
        VoteOutcome.Adopted => "adopted",
        VoteOutcome.Vetoed => "vetoed",
        VoteOutcome.Rejected => "rejected",
        _ => "pending",
    };

    private string OutcomeText => Question.Decision?.Outcome switch
    {
        VoteOutcome.Adopted => V["Adopted"],
        VoteOutcome.Vetoed => V["Vetoed"],
        VoteOutcome.Rejected => V["Rejected"],
        _ => T["Pending"],
    };

    private string MethodText => Question.Method switch
    {
        VoteMethod.NonRecorded => T["NonRecordedVote"],
        VoteMethod.RollCall => T["RollCallVote"],
        _ => T["RecordedVote"],
    };

    private string QuestionKindText => Question.QuestionKind switch
    {
        "important" => T["Important"],
        "other" => T["Other"],
        "substantive" => T["Substantive"],
        "procedural" => T["Procedural"],
        var other => other,
    };

    private IEnumerable<(string Key, string Label, List<string> States)> Groups()
    {
        List<string> yes = [], no = [], abstain = [], none = [];
        foreach (var member in Question.Members)
        {
            switch (Question.BallotOf(member))
            {
                case Vote.Yes: yes.Add(Name(member)); break;
                case Vote.No: no.Add(Name(member)); break;
                case Vote.Abstain: abstain.Add(Name(member)); break;
                default: none.Add(NonVoting(member)); break;
            }
        }

        yield return ("yes", T["GroupInFavour"], yes);
        yield return ("no", T["GroupAgainst"], no);
        yield return ("abstain", T["GroupAbstaining"], abstain);
        yield return ("non-voting", T["GroupNonVoting"], none);
    }

    private string NonVoting(StateCode member) => Question.CannotVote.TryGetValue(member, out var reason)
        ? string.Format(CultureInfo.CurrentCulture, reason == NonVotingReason.Article19 ? T["NonVotingArticle19"] : T["NonVotingBarred"], Name(member))
        : Name(member);

    private string Name(StateCode state) => Register.NameOn(state, Date, WebCultures.Language);

    private string VoteText(Vote vote) => vote switch
    {
        Vote.Yes => V["Yes"],
        Vote.No => V["No"],
        _ => V["Abstain"],
    };
}
