using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.Commands;

namespace Plenary.Infrastructure.EventCodec;

/// <summary>The stored name and schema version of every domain event, and the upcasts from older versions.</summary>
/// <remarks>
/// A name, once stored, never changes and is never reused. Changing an event's shape means raising
/// its version here and adding an <see cref="Upcast"/> from the previous one.
/// </remarks>
public static class EventCatalog
{
    public static IReadOnlyList<EventType> Types { get; } =
    [
        // Meetings
        EventType.Of<MeetingOpened>("meeting-opened", 1),
        EventType.Of<AgendaItemAdopted>("agenda-item-adopted", 1),
        EventType.Of<SpeakingTimeLimitSet>("speaking-time-limit-set", 1),
        EventType.Of<SpeakerInscribed>("speaker-inscribed", 1),
        EventType.Of<ListOfSpeakersClosed>("list-of-speakers-closed", 1),
        EventType.Of<FloorGiven>("floor-given", 1),
        EventType.Of<VoteOpened>("vote-opened", 1),
        EventType.Of<VoteCast>("vote-cast", 1),
        EventType.Of<VoteCountsRecorded>("vote-counts-recorded", 1),
        EventType.Of<VoteLockAnnounced>("vote-lock-announced", 1),
        EventType.Of<VotingClosed>("voting-closed", 1),
        EventType.Of<ResultAnnounced>("result-announced", 1),
        EventType.Of<AdoptedWithoutVote>("adopted-without-vote", 1),
        EventType.Of<VoteIntentionStated>("vote-intention-stated", 1),
        EventType.Of<MeetingAdjourned>("meeting-adjourned", 1),

        // Drafts
        EventType.Of<DraftSubmitted>("draft-submitted", 1),
        EventType.Of<SponsorJoined>("sponsor-joined", 1),
        EventType.Of<SponsorshipWithdrawn>("sponsorship-withdrawn", 1),
        EventType.Of<DraftRevised>("draft-revised", 1),
        EventType.Of<DraftOrallyRevised>("draft-orally-revised", 1),
        EventType.Of<DraftWithdrawn>("draft-withdrawn", 1),
        EventType.Of<ActionTakenOnDraft>("action-taken-on-draft", 1),

        // Body records: sessions, resolutions, vetoes
        EventType.Of<SessionOpened>("session-opened", 1),
        EventType.Of<SessionTemporarilyAdjourned>("session-temporarily-adjourned", 1),
        EventType.Of<SessionResumed>("session-resumed", 1),
        EventType.Of<SessionClosed>("session-closed", 1),
        EventType.Of<EmergencySpecialSessionRequested>("emergency-special-session-requested", 1),
        EventType.Of<ResolutionNumbered>("resolution-numbered", 1),
        EventType.Of<VetoDebateDue>("veto-debate-due", 1),
        EventType.Of<VetoDebateConvened>("veto-debate-convened", 1),

        // The host's own: answers to requests that must not be applied twice
        EventType.Of<BallotAcknowledged>("ballot-acknowledged", 1),
        EventType.Of<AccountCreated>("account-created", 1),
    ];

    /// <summary>No event has changed shape since the log was first written.</summary>
    public static IReadOnlyList<Upcast> Upcasts { get; } = [];
}
