using Microsoft.AspNetCore.Components;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Server.Components.Live;

namespace Plenary.Server.Components.Delegation;

/// <summary>The delegation's places on the list of speakers, and the form to inscribe: a statement, an explanation of vote before or after the vote (rule 88), or a right of reply.</summary>
public sealed partial class SpeakerInscription
{
    [Parameter, EditorRequired]
    public required IReadOnlyList<SpeakerEntry> Speakers { get; set; }

    [Parameter, EditorRequired]
    public StateCode State { get; set; }

    /// <summary>The drafts an explanation of vote may name.</summary>
    [Parameter]
    public IReadOnlyList<string> Documents { get; set; } = [];

    [Parameter]
    public bool ListClosed { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The outcome of the last inscription sent, to show its refusal or field errors.</summary>
    [Parameter]
    public DeskOutcome? Outcome { get; set; }

    [Parameter]
    public EventCallback<(SpeechKind Kind, string? Document)> OnInscribe { get; set; }

    private SpeechKind Kind { get; set; } = SpeechKind.Statement;

    private string Document { get; set; } = string.Empty;

    private bool NeedsDocument => Kind is SpeechKind.ExplanationBeforeVote or SpeechKind.ExplanationAfterVote;

    private List<(SpeakerEntry Entry, int Place)> Places =>
        [.. Speakers.Select((entry, index) => (entry, index + 1)).Where(p => p.entry.State == State)];

    private Task InscribeAsync() =>
        OnInscribe.InvokeAsync((Kind, NeedsDocument ? Document : null));

    private string KindText(SpeechKind kind) => kind switch
    {
        SpeechKind.ExplanationBeforeVote => T["ExplanationBefore"],
        SpeechKind.ExplanationAfterVote => T["ExplanationAfter"],
        SpeechKind.RightOfReply => T["RightOfReply"],
        _ => T["Statement"],
    };
}
