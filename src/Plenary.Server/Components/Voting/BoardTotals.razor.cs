using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>The running totals, the majority required and what it means for the votes as they stand.</summary>
public sealed partial class BoardTotals
{
    [Parameter]
    [EditorRequired]
    public required Tally Tally { get; set; }

    [Parameter]
    [EditorRequired]
    public required MajorityStanding Standing { get; set; }

    [Parameter]
    public BoardPhase Phase { get; set; }

    private string RuleText => Standing.Rule switch
    {
        MajorityRule.SimpleMajority when Standing.PresentAndVoting > 0 => Format("SimpleMajorityOf", Standing.Required, Standing.PresentAndVoting),
        MajorityRule.SimpleMajority => T["SimpleMajority"],
        MajorityRule.TwoThirdsMajority when Standing.PresentAndVoting > 0 => Format("TwoThirdsOf", Standing.Required, Standing.PresentAndVoting),
        MajorityRule.TwoThirdsMajority => T["TwoThirds"],
        MajorityRule.AffirmativeVotes { PermanentMembersConcur: true } votes => Format("AffirmativeWithConcurrence", votes.Count),
        MajorityRule.AffirmativeVotes votes => Format("AffirmativeProcedural", votes.Count),
        _ => Standing.Rule.Code,
    };

    /// <summary>What the votes as they stand would give; nothing once the result is announced (the banner says it).</summary>
    private string? NowText
    {
        get
        {
            if (Phase == BoardPhase.Announced)
            {
                return null;
            }

            var vetoes = string.Join(", ", Standing.PermanentAgainst);
            if (Standing.MoreYes > 0)
            {
                var needs = Format("NeedsMoreYes", Standing.MoreYes);
                return vetoes.Length == 0 ? needs : Format("NeedsMoreYesAndPermanentAgainst", needs, vetoes);
            }

            return vetoes.Length == 0 ? T["Enough"] : Format("VetoAsItStands", vetoes);
        }
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, T[key], values);
}
