using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;

namespace Plenary.Server.Components.Delegation;

/// <summary>The delegation's own State and its rights in the body on the meeting's date.</summary>
public sealed partial class SeatSummary
{
    [Parameter, EditorRequired]
    public required DelegationSeat Seat { get; set; }

    /// <summary>The body's name in the chosen language.</summary>
    [Parameter, EditorRequired]
    public required string BodyName { get; set; }

    private IEnumerable<(string Key, string Text, bool Allowed)> Rights()
    {
        if (Seat.Observer)
        {
            yield return ("observer", T["ObserverState"], false);
        }
        else if (Seat.Body == BodyKind.SecurityCouncil)
        {
            yield return Seat.Member
                ? ("member", Seat.Permanent ? T["PermanentMember"] : T["ElectedMember"], true)
                : ("member", T["NotCouncilMember"], false);
        }
        else
        {
            yield return ("member", Seat.Member ? T["Member"] : T["NotMember"], Seat.Member);
        }

        var votes = Seat.Member && !Seat.Observer && Seat.CannotVote is null;
        var why = Seat.CannotVote switch
        {
            NonVotingReason.Article19 => V["NoVoteArticle19"],
            NonVotingReason.NotParticipating => V["NotParticipating"],
            _ => null,
        };
        yield return ("vote", votes ? T["MayVote"] : why ?? T["MayNotVote"], votes);
        if (Seat.Bar == VoteBar.MustAbstain)
        {
            yield return ("must-abstain", V["MustAbstain"], false);
        }

        yield return ("speak", T["MaySpeak"], true);
        yield return ("sponsor", Seat.MaySponsor ? T["MaySponsor"] : T["MayNotSponsor"], Seat.MaySponsor);
    }
}
