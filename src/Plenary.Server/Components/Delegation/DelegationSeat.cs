using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.States;
using Plenary.Infrastructure.Commands;

namespace Plenary.Server.Components.Delegation;

/// <summary>Why a delegation cannot cast a vote (or only an abstention) on the question open now.</summary>
public enum VoteBar
{
    None,
    Observer,
    NotMember,
    Article19,
    NotParticipating,
    NonRecorded,
    MustAbstain,
}

/// <summary>One delegation's place in a meeting: its State, its rights in the body on the meeting's date, and what it may do on the question open now.</summary>
/// <remarks>
/// Read from the same register and electorate the rules use (Charter Art. 9, 19, 23, 27(3);
/// res. 52/250 for Palestine's sponsorship), so a button is offered only where the command it
/// sends would be accepted; the command is still checked again when it runs.
/// </remarks>
public sealed record DelegationSeat(
    StateCode State,
    string Name,
    BodyKind Body,
    bool Observer,
    bool Member,
    bool Permanent,
    NonVotingReason? CannotVote,
    bool MaySponsor,
    VoteBar Bar)
{
    public static DelegationSeat Of(MeetingState meeting, Batch record, StateCode state, string language)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(record);
        var register = record.Register;
        var body = record.Body(meeting.Body);
        var known = register.TryFind(state, out var found);
        var observer = known && found!.Status == StateStatus.ObserverState;
        var electorate = body.ElectorateOn(meeting.Date, register);
        NonVotingReason? cannotVote = electorate.CannotVote.TryGetValue(state, out var reason) ? reason : null;
        return new DelegationSeat(
            state,
            known ? register.NameOn(state, meeting.Date, language) : state.Value,
            body.Kind,
            observer,
            electorate.IsMember(state),
            electorate.IsPermanent(state),
            cannotVote,
            known && SponsorRights.Check(state, body, meeting.Date, register) is null,
            BarOn(meeting.Current, state, observer));
    }

    /// <summary>True when the State may cast any vote on the open question.</summary>
    public bool MayVote => Bar is VoteBar.None or VoteBar.MustAbstain;

    private static VoteBar BarOn(QuestionRecord? question, StateCode state, bool observer)
    {
        if (question is null)
        {
            return VoteBar.None;
        }

        if (observer)
        {
            return VoteBar.Observer;
        }

        if (question.Method == Domain.Voting.VoteMethod.NonRecorded)
        {
            return VoteBar.NonRecorded;
        }

        if (!question.IsMember(state))
        {
            return VoteBar.NotMember;
        }

        if (question.CannotVote.TryGetValue(state, out var reason))
        {
            return reason == NonVotingReason.Article19 ? VoteBar.Article19 : VoteBar.NotParticipating;
        }

        return question.MustAbstain.Contains(state) ? VoteBar.MustAbstain : VoteBar.None;
    }
}
