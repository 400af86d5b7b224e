using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.VoteResults;

/// <summary>The result in the UN's words ("adopted by a recorded vote of 141 to 5, with 35 abstentions"), the majority required and the counts.</summary>
public sealed partial class ResultSummary
{
    [Parameter, EditorRequired]
    public required VoteResult Result { get; set; }

    private string? OutcomeWord => Result.Decision?.Outcome.Word();

    private static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The sentence of the Official Records for this result; "none" against and the singular abstention as the records write them.</summary>
    internal string Sentence()
    {
        var r = Result;
        if (r.Decision is not { } decision)
        {
            return Format("Pending", r.On);
        }

        var tally = decision.Tally;
        if (r.Method == VoteMethod.WithoutVote)
        {
            return Format("WithoutVote", r.On, AsResolution(decision));
        }

        var method = T[r.Method switch
        {
            VoteMethod.RollCall => "MethodRollCall",
            VoteMethod.NonRecorded => "MethodNonRecorded",
            _ => "MethodRecorded",
        }].Value;
        var against = tally.No == 0 ? T["NoneAgainst"].Value : Number(tally.No);
        var withAbstentions = tally.Abstain switch
        {
            0 => T["WithNoAbstention"].Value,
            1 => T["WithOneAbstention"].Value,
            _ => Format("WithAbstentions", Number(tally.Abstain)),
        };
        return decision.Outcome switch
        {
            VoteOutcome.Adopted => Format("Adopted", r.On, method, Number(tally.Yes), against, withAbstentions, AsResolution(decision)),
            VoteOutcome.Vetoed => Format(
                r.VetoedBy.Count == 1 ? "VetoedOne" : "VetoedMany",
                r.On,
                JoinWithAnd(r.VetoedBy),
                Number(tally.Yes),
                Number(tally.No),
                tally.Abstain switch
                {
                    0 => T["NoAbstention"].Value,
                    1 => T["OneAbstention"].Value,
                    _ => Format("Abstentions", Number(tally.Abstain)),
                }),
            _ => Format("Rejected", r.On, method, Number(tally.Yes), against, withAbstentions),
        };
    }

    private string AsResolution(Decision decision) =>
        decision.Outcome == VoteOutcome.Adopted && Result.Resolution is { } resolution ? Format("AsResolution", resolution) : string.Empty;

    private string JoinWithAnd(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {T["And"]} {names[^1]}",
    };

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, T[key], values);
}
