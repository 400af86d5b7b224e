using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>The vote board of the hall: the question, a light per member, the totals, the countdown to the lock and the outcome; <c>data-version</c> tells which version of the meeting it shows.</summary>
public sealed partial class VoteBoard
{
    [Parameter]
    [EditorRequired]
    public required BoardModel Model { get; set; }

    private string BodyName =>
        Model.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"] : Model.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"] : Model.BodyName;

    private string MeetingLine => $"{Model.Symbol ?? Model.MeetingId} · {Model.Date.ToString("D", CultureInfo.CurrentCulture)}";

    private string PhaseText => Model.Phase switch
    {
        BoardPhase.Open => T["VotingOpen"],
        BoardPhase.Closed => T["VotingClosed"],
        _ => T["ResultAnnounced"],
    };

    private string PhaseClass => Model.Phase switch
    {
        BoardPhase.Open => "open",
        BoardPhase.Closed => "closed",
        _ => "announced",
    };

    private string Describe(QuestionRecord question)
    {
        var method = question.Method switch
        {
            VoteMethod.Recorded => T["Recorded"],
            VoteMethod.NonRecorded => T["NonRecorded"],
            VoteMethod.RollCall => T["RollCall"],
            _ => T["WithoutVote"],
        };
        var kind = question.QuestionKind switch
        {
            "important" => T["KindImportant"],
            "other" => T["KindOther"],
            "substantive" => T["KindSubstantive"],
            "procedural" => T["KindProcedural"],
            _ => new Microsoft.Extensions.Localization.LocalizedString(question.QuestionKind, question.QuestionKind),
        };
        return $"{method} · {kind}";
    }
}
