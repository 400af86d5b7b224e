using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Meetings;

/// <summary>The rules of the list of speakers.</summary>
/// <remarks>
/// Speakers are called in the order they asked (rule 68); once the list of the debate is closed no
/// statement is added, though explanations of vote and rights of reply still are (rule 73); at most two replies per delegation per item and meeting
/// (decision 34/401); a sponsor may not explain its vote on its own draft (rule 88); observers speak
/// but never vote (res. 58/314, 67/19); the vetoing permanent members speak first in a veto debate
/// (res. 76/262, para. 2).
/// </remarks>
internal static class SpeakersList
{
    public const int RepliesPerDelegation = 2;

    public static ImmutableArray<MeetingEvent> Inscribe(MeetingState state, InscribeSpeaker command, MeetingContext context)
    {
        if (!context.Register.TryFind(command.State, out var speaker))
        {
            throw new ProcedureViolation("unknown-state", "rule 68", $"{command.State} is not a known State code.");
        }

        if (speaker.Status != StateStatus.ObserverState && !speaker.IsMemberOn(state.Date))
        {
            throw new ProcedureViolation("not-a-member", "Art. 4", $"{speaker.Name} is not a Member of the United Nations on {state.Date:yyyy-MM-dd}.");
        }

        if (state.ListClosed && command.Kind == SpeechKind.Statement)
        {
            throw new ProcedureViolation("list-of-speakers-closed", "rule 73", "The list of speakers in the debate is closed; explanations of vote and rights of reply may still be inscribed.");
        }

        if (command.Kind == SpeechKind.RightOfReply && state.RepliesInscribed.GetValueOrDefault(command.State) >= RepliesPerDelegation)
        {
            throw new ProcedureViolation("right-of-reply-limit", "decision 34/401", $"{speaker.Name} has already been granted two rights of reply in this meeting.");
        }

        if (command.Kind is SpeechKind.ExplanationBeforeVote or SpeechKind.ExplanationAfterVote)
        {
            if (command.Document is null)
            {
                throw new ProcedureViolation("explanation-needs-document", "rule 88", "An explanation of vote names the draft it explains.");
            }

            if (context.FindDraft(command.Document) is { } draft && draft.IsSponsor(command.State))
            {
                throw new ProcedureViolation("sponsor-cannot-explain-vote", "rule 88", $"{speaker.Name} sponsors {draft.Symbol} and may not explain its vote on it; it may make a general statement instead.");
            }
        }

        var duplicate = command.Kind != SpeechKind.RightOfReply && state.Speakers.Any(s =>
            s.State == command.State && s.Kind == command.Kind && string.Equals(s.Document, command.Document, StringComparison.Ordinal));
        return duplicate ? [] : [new SpeakerInscribed(command.State, command.Kind, command.Document, command.Precedence)];
    }

    public static ImmutableArray<MeetingEvent> GiveFloor(MeetingState state, GiveFloor command, MeetingContext context)
    {
        if (state.Current is { Closed: false } current)
        {
            throw new ProcedureViolation("vote-in-progress", "rule 88", $"Voting on {current.On} has begun; no one may speak until it ends, except on a point of order about the vote.");
        }

        if (state.Speakers.IsEmpty)
        {
            throw new ProcedureViolation("list-of-speakers-empty", "rule 68", "No speaker is inscribed.");
        }

        var next = state.Speakers[0];
        if (command.State is { } named && named != next.State)
        {
            var reply = state.Speakers.FirstOrDefault(s => s.State == named && s.Kind == SpeechKind.RightOfReply);
            if (reply is null)
            {
                var name = context.Register.TryFind(next.State, out var s) ? s.Name : next.State.Value;
                throw new ProcedureViolation("not-next-speaker", "rule 68", $"Speakers are called in the order they asked: the next speaker is {name}.");
            }

            next = reply;
        }

        return [new FloorGiven(next.State, next.Kind)];
    }
}
