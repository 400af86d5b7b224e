using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;

namespace Plenary.Domain.Meetings;

/// <summary>Decides what a command does to a meeting: the events to record, or a procedural violation.</summary>
public static class MeetingDecider
{
    public static ImmutableArray<MeetingEvent> Decide(MeetingState state, MeetingCommand command, MeetingContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command is OpenMeeting open)
        {
            if (state.Opened)
            {
                throw new ProcedureViolation("meeting-already-open", "rule 67", "This meeting is already open.");
            }

            if (string.IsNullOrWhiteSpace(open.MeetingId))
            {
                throw new ArgumentException("A meeting needs an id.", nameof(command));
            }

            return [new MeetingOpened(open.MeetingId, open.Body, open.Symbol, open.Date, open.Session)];
        }

        if (!state.Opened)
        {
            throw new ProcedureViolation("meeting-not-open", "rule 67", "The meeting has not been opened.");
        }

        if (state.Adjourned)
        {
            throw new ProcedureViolation("meeting-adjourned", "rule 76", "The meeting has been adjourned.");
        }

        return command switch
        {
            AdoptAgendaItem item => string.IsNullOrWhiteSpace(item.Title)
                ? throw new ProcedureViolation("agenda-item-needs-title", "rule 17", "An agenda item needs a title.")
                : [new AgendaItemAdopted(item.Number, item.Title)],
            SetSpeakingTimeLimit limit => limit.Minutes is < 1 or > 60
                ? throw new ProcedureViolation("invalid-time-limit", "rule 72", "A speaking time limit is between 1 and 60 minutes.")
                : [new SpeakingTimeLimitSet(limit.Minutes)],
            InscribeSpeaker inscribe => SpeakersList.Inscribe(state, inscribe, context),
            CloseListOfSpeakers => state.ListClosed ? [] : [new ListOfSpeakersClosed()],
            GiveFloor give => SpeakersList.GiveFloor(state, give, context),
            OpenVote vote => Questions.Open(state, vote, context),
            CastVote cast => Questions.Cast(state, cast, context),
            RecordVoteCounts counts => Questions.RecordCounts(state, counts),
            AnnounceVoteLock announce => VoteLock.Announce(state, announce),
            CloseVoting close => Questions.Close(state, close),
            AnnounceResult => Questions.Announce(state, context),
            AdoptWithoutVoteCommand adopt => Questions.AdoptWithoutVote(state, adopt, context),
            StateVoteIntention intention => Questions.StateIntention(state, intention),
            AdjournMeeting => state.Current is { } current
                ? throw new ProcedureViolation("vote-in-progress", "rule 88", $"The vote on {current.On} must be completed before the meeting is adjourned.")
                : [new MeetingAdjourned()],
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown meeting command."),
        };
    }

    /// <summary>Says why a State cannot act as a member in this body, or null if it can.</summary>
    internal static ProcedureViolation NotAMember(StateCode code, MeetingContext context, DateOnly date)
    {
        if (!context.Register.TryFind(code, out var found))
        {
            return new ProcedureViolation("unknown-state", "Art. 4", $"{code} is not a known State code.");
        }

        if (found.Status == StateStatus.ObserverState)
        {
            return new ProcedureViolation("observer-cannot-vote", "res. 58/314; res. 67/19", $"{found.Name} is an observer State and may not vote.");
        }

        if (context.Body.Kind == BodyKind.GeneralAssembly && !found.IsMemberOn(date))
        {
            var when = found.Admitted is { } admitted && date < admitted
                ? $"; it was admitted on {admitted:yyyy-MM-dd}"
                : string.Empty;
            return new ProcedureViolation("not-a-member", "Art. 4", $"{found.Name} is not a Member of the United Nations on {date:yyyy-MM-dd}{when}.");
        }

        return new ProcedureViolation("not-a-member", context.Body.Kind == BodyKind.SecurityCouncil ? "Art. 23" : "rules of the body", $"{found.Name} is not a member of the {context.Body.Name} on {date:yyyy-MM-dd}.");
    }
}
