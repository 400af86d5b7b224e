using Microsoft.AspNetCore.Components;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Server.Components.Live;
using Plenary.Server.Components.Localization;

namespace Plenary.Server.Components.Record;

/// <summary>The record of one meeting as a document: masthead, agenda, speakers heard, decisions and resolutions.</summary>
public sealed partial class RecordDocument
{
    [Parameter, EditorRequired]
    public required MeetingView Meeting { get; set; }

    private MeetingState State => Meeting.Meeting;

    private string BodyName =>
        State.Body == BodyId.GeneralAssembly ? V["GeneralAssembly"]
        : State.Body == BodyId.SecurityCouncil ? V["SecurityCouncil"]
        : Meeting.Record.Body(State.Body).Name;

    private List<(string Resolution, string Draft)> Resolutions =>
        [.. State.Decided
            .Select(q => (Resolution: Meeting.Record.ResolutionOf(q.On), q.On))
            .Where(r => r.Resolution is not null)
            .Select(r => (r.Resolution!, r.On))
            .Distinct()];

    private string Name(StateCode state) => Meeting.Record.Register.NameOn(state, State.Date, WebCultures.Language);

    private string KindText(SpeechKind kind) => kind switch
    {
        SpeechKind.ExplanationBeforeVote => T["ExplanationBefore"],
        SpeechKind.ExplanationAfterVote => T["ExplanationAfter"],
        SpeechKind.RightOfReply => T["RightOfReply"],
        _ => T["Statement"],
    };
}
