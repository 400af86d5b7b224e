using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.VoteResults;

/// <summary>The world coloured by vote: each member's country in its vote's colour and pattern, small States as dots, and a text alternative with the counts.</summary>
public sealed partial class WorldMap
{
    [Parameter, EditorRequired]
    public required VoteResult Result { get; set; }

    /// <summary>The projected shapes; the shipped data unless a test gives others.</summary>
    [Parameter]
    public WorldMapShapes? Geometry { get; set; }

    private WorldMapShapes Map => Geometry ?? WorldMapShapes.Shared;

    /// <summary>The members' countries with their rows, and the path data of every other shape (no State, or not a member voting here).</summary>
    private (List<(StateVoteRow Row, string Path)> Members, List<string> Others) Shapes()
    {
        var members = new List<(StateVoteRow Row, string Path)>();
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Result.Rows)
        {
            if (Map.Countries.TryGetValue(row.M49, out var path) && drawn.Add(row.M49))
            {
                members.Add((row, path));
            }
        }

        var others = Map.Others.Concat(Map.Countries.Where(c => !drawn.Contains(c.Key)).Select(c => c.Value)).ToList();
        return (members, others);
    }

    private IEnumerable<(StateVoteRow Row, double X, double Y)> Dots()
    {
        foreach (var row in Result.Rows)
        {
            if (!Map.Countries.ContainsKey(row.M49) && Map.Dots.TryGetValue(row.Code.Value, out var dot))
            {
                yield return (row, dot.X, dot.Y);
            }
        }
    }

    private string Label(StateVoteRow row) => $"{row.Name}: {(row.Vote is { } vote ? VoteMarks.Text(vote, V) : T["NonVoting"])}";

    private string Description() => string.Format(
        CultureInfo.CurrentCulture,
        T["Description"],
        Result.Rows.Count(r => r.Vote == Vote.Yes),
        Result.Rows.Count(r => r.Vote == Vote.No),
        Result.Rows.Count(r => r.Vote == Vote.Abstain),
        Result.Rows.Count(r => r.Vote is null));

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
