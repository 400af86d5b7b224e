using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.VoteResults;

/// <summary>The chamber as a half circle, one seat per member: yes from the left, then abstentions, no, and those who did not vote; each seat also carries its letter.</summary>
public sealed partial class Hemicycle
{
    private static readonly Vote?[] Order = [Vote.Yes, Vote.Abstain, Vote.No, null];

    [Parameter, EditorRequired]
    public required VoteResult Result { get; set; }

    /// <summary>The seats, filled by vote from the left; in a non-recorded vote the seats show the counts with no State named.</summary>
    internal IReadOnlyList<Seat> Seats()
    {
        var votes = Result.PerState
            ? Result.Rows.OrderBy(r => Array.IndexOf(Order, r.Vote)).Select(r => (r.Vote, (string?)r.Code.Value, $"{r.Name}: {Word(r.Vote)}")).ToList()
            : [.. Enumerable.Repeat(((Vote?)Vote.Yes, (string?)null, Word(Vote.Yes)), Result.Tally.Yes)
                .Concat(Enumerable.Repeat(((Vote?)Vote.Abstain, (string?)null, Word(Vote.Abstain)), Result.Tally.Abstain))
                .Concat(Enumerable.Repeat(((Vote?)Vote.No, (string?)null, Word(Vote.No)), Result.Tally.No))
                .Concat(Enumerable.Repeat(((Vote?)null, (string?)null, Word(null)), Result.Tally.NonVoting))];
        var places = HemicycleLayout.Places(votes.Count, 100);
        return [.. votes.Select((v, i) => new Seat(places[i].X, places[i].Y, places[i].R, v.Item2, VoteMarks.Word(v.Item1), v.Item1 is null ? null : VoteMarks.Letter(v.Item1, V), v.Item3))];
    }

    /// <summary>The half circle of radius 100 and the seats' own radius around it.</summary>
    private static string ViewBox(IReadOnlyList<Seat> seats)
    {
        var margin = (seats.Count == 0 ? 0 : seats[0].R) + 2;
        return string.Create(CultureInfo.InvariantCulture, $"{F(-100 - margin)} {F(-100 - margin)} {F(200 + (2 * margin))} {F(100 + (2 * margin))}");
    }

    private int Count(Vote? vote) => vote switch
    {
        Vote.Yes => Result.Tally.Yes,
        Vote.No => Result.Tally.No,
        Vote.Abstain => Result.Tally.Abstain,
        _ => Result.Tally.NonVoting,
    };

    private string Word(Vote? vote) => vote is { } v ? VoteMarks.Text(v, V) : T["NonVoting"];

    private string Description() => string.Format(
        CultureInfo.CurrentCulture, T["Description"], Result.Rows.Count > 0 ? Result.Rows.Count : Result.Tally.Present + Result.Tally.NonVoting, Count(Vote.Yes), Count(Vote.Abstain), Count(Vote.No), Count(null));

    /// <summary>SVG's text element, which Razor reserves for itself, written as markup.</summary>
    private static MarkupString Letter(Seat seat, string letter) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"<text x=\"{F(seat.X)}\" y=\"{F(seat.Y)}\" font-size=\"{F(seat.R * 1.3)}\" fill=\"{(seat.Word == "abstain" ? "#1a1a1a" : "#fff")}\" text-anchor=\"middle\" dominant-baseline=\"central\" font-weight=\"700\" pointer-events=\"none\">{WebUtility.HtmlEncode(letter)}</text>"));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal sealed record Seat(double X, double Y, double R, string? State, string Word, string? Letter, string Label);
}
