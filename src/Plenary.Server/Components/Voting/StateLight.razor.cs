using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>One State's light: colour, a letter (never colour alone) and an accessible name such as "Ukraine: Yes".</summary>
public sealed partial class StateLight
{
    private BoardLight? _shown;

    [Parameter]
    [EditorRequired]
    public required BoardLight Light { get; set; }

    private string VoteClass => Light.NoVote is null ? $"vote-{Light.VoteWord}" : $"vote-{Light.VoteWord} no-vote";

    /// <summary>Blank until cast; a dash where the State has no vote.</summary>
    private string Letter => Light.Vote switch
    {
        Vote.Yes => V["YesLetter"].Value,
        Vote.No => V["NoLetter"].Value,
        Vote.Abstain => V["AbstainLetter"].Value,
        _ => Light.NoVote is null or NoVoteMark.MustAbstain ? string.Empty : "–",
    };

    private string? ReasonShort => Light.NoVote switch
    {
        NoVoteMark.Article19 => T["Article19Short"].Value,
        NoVoteMark.NotParticipating => T["NotParticipatingShort"].Value,
        NoVoteMark.MustAbstain => T["MustAbstainShort"].Value,
        NoVoteMark.Observer => T["ObserverShort"].Value,
        _ => null,
    };

    private string AccessibleName
    {
        get
        {
            var state = Light.Vote switch
            {
                Vote.Yes => V["Yes"],
                Vote.No => V["No"],
                Vote.Abstain => V["Abstain"],
                _ => Light.NoVote switch
                {
                    NoVoteMark.Article19 => V["NoVoteArticle19"],
                    NoVoteMark.NotParticipating => V["NotParticipating"],
                    NoVoteMark.Observer => V["Observer"],
                    _ => V["NotVoted"],
                },
            };
            var name = string.Format(CultureInfo.CurrentCulture, T["Name"], Light.Name, state.Value);
            List<string> notes = [];
            if (Light.NoVote == NoVoteMark.MustAbstain)
            {
                notes.Add(V["MustAbstain"]);
            }

            if (Light.Permanent)
            {
                notes.Add(V["Permanent"]);
            }

            if (Light.Veto)
            {
                notes.Add(T["Veto"]);
            }

            return notes.Count == 0 ? name : string.Format(CultureInfo.CurrentCulture, T["WithNotes"], name, string.Join(", ", notes));
        }
    }

    // A board of 193 re-renders on every vote: only the light whose vote changed needs to.
    protected override bool ShouldRender() => _shown != Light;

    protected override void OnAfterRender(bool firstRender) => _shown = Light;
}
