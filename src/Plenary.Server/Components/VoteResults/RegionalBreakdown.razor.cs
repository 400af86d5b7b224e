using Microsoft.AspNetCore.Components;
using Plenary.Domain.States;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.VoteResults;

/// <summary>The votes counted by United Nations regional group (the five groups of the Assembly's elections; Kiribati is in none).</summary>
public sealed partial class RegionalBreakdown
{
    private static readonly RegionalGroup[] Order =
    [
        RegionalGroup.African,
        RegionalGroup.AsiaPacific,
        RegionalGroup.EasternEuropean,
        RegionalGroup.LatinAmericanAndCaribbean,
        RegionalGroup.WesternEuropeanAndOthers,
        RegionalGroup.None,
    ];

    [Parameter, EditorRequired]
    public required VoteResult Result { get; set; }

    /// <summary>One line per group with members in the vote, the group of no group only when some member is in none.</summary>
    internal IReadOnlyList<GroupCount> Lines() =>
        [.. Order
            .Select(group =>
            {
                var rows = Result.Rows.Where(r => r.Group == group).ToList();
                return new GroupCount(
                    group.ToString(),
                    rows.Count(r => r.Vote == Vote.Yes),
                    rows.Count(r => r.Vote == Vote.No),
                    rows.Count(r => r.Vote == Vote.Abstain),
                    rows.Count(r => r.Vote is null),
                    rows.Count);
            })
            .Where(line => line.Total > 0)];

    internal sealed record GroupCount(string Key, int Yes, int No, int Abstain, int None, int Total);
}
