using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.Commands;

namespace Plenary.Infrastructure.Tests.EventCodec;

/// <summary>At least one event of every type, with the awkward values: nulls, empty and default arrays, every rule, text beyond ASCII.</summary>
internal static class EventSamples
{
    private static readonly DateOnly Day = new(2022, 3, 2);

    public static StateCode Ukr { get; } = StateCode.Parse("UKR");

    public static StateCode Rus { get; } = StateCode.Parse("RUS");

    public static StateCode Ven { get; } = StateCode.Parse("VEN");

    public static StateCode Civ { get; } = StateCode.Parse("CIV");

    public static IReadOnlyList<object> All { get; } =
    [
        new MeetingOpened("GA-ES-11-1", BodyId.GeneralAssembly, "A/ES-11/PV.1", Day, "ES-11"),
        new MeetingOpened("SC-8979", BodyId.SecurityCouncil, null, new DateOnly(2022, 2, 25), null),
        new AgendaItemAdopted(5, "Letter dated 28 February 2014 from the Permanent Representative of Ukraine"),
        new SpeakingTimeLimitSet(5),
        new SpeakerInscribed(Ukr, SpeechKind.Statement, null, false),
        new SpeakerInscribed(Civ, SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1", true),
        new ListOfSpeakersClosed(),
        new FloorGiven(Civ, SpeechKind.RightOfReply),
        new VoteOpened(
            1,
            "A/ES-11/L.1",
            "important",
            VoteMethod.Recorded,
            MajorityRule.TwoThirds,
            [Civ, Rus, Ukr, Ven],
            [Rus],
            ImmutableDictionary<StateCode, NonVotingReason>.Empty.Add(Ven, NonVotingReason.Article19).Add(Civ, NonVotingReason.NotParticipating),
            [],
            [Ukr, Ven, Civ, Rus],
            new MajorityDecision("A/ES-11/L.1", MajorityRule.TwoThirds)),
        new VoteOpened(
            2,
            "S/2022/155",
            "substantive",
            VoteMethod.RollCall,
            new MajorityRule.AffirmativeVotes(9, true),
            [Rus, Ukr],
            [Rus],
            ImmutableDictionary<StateCode, NonVotingReason>.Empty,
            [Ukr],
            default,
            null),
        new VoteOpened(3, "procedure", "procedural", VoteMethod.NonRecorded, new MajorityRule.AffirmativeVotes(7, false), [], [], ImmutableDictionary<StateCode, NonVotingReason>.Empty, [], [], null),
        new VoteOpened(4, "motion", "procedural", VoteMethod.WithoutVote, MajorityRule.Simple, [], [], ImmutableDictionary<StateCode, NonVotingReason>.Empty, [], [], null),
        new VoteCast(1, Ukr, Vote.Yes),
        new VoteCast(1, Rus, Vote.No),
        new VoteCast(1, Civ, Vote.Abstain),
        new VoteCountsRecorded(3, 12, 2, 1),
        new VoteLockAnnounced(1, new DateTimeOffset(2022, 3, 2, 15, 42, 5, 123, TimeSpan.Zero).AddTicks(4567), new DateTimeOffset(2022, 3, 2, 15, 42, 35, 123, TimeSpan.Zero).AddTicks(4567)),
        new VotingClosed(1),
        new ResultAnnounced(1, new Decision(VoteOutcome.Adopted, new Tally(141, 5, 35, 12, []), 98, [], "Adopted: 141 in favour, 5 against, 35 abstentions")),
        new ResultAnnounced(2, new Decision(VoteOutcome.Vetoed, new Tally(11, 1, 3, 0, [Rus]), 9, [Rus], "Not adopted owing to the negative vote of a permanent member (Russian Federation)")),
        new ResultAnnounced(4, Decision.WithoutVote),
        new AdoptedWithoutVote(5, "A/ES-11/L.2", "procedural"),
        new VoteIntentionStated(1, Civ, Vote.Yes),
        new VoteIntentionStated(1, Ven, null),
        new MeetingAdjourned(),
        new DraftSubmitted(Day, "A/ES-11/L.1", BodyId.GeneralAssembly, "ES-11", "Aggression against Ukraine", [Ukr], [Civ]),
        new DraftSubmitted(Day, "S/2022/155", BodyId.SecurityCouncil, null, "Côte d’Ivoire — “quoted” \\ back\nslash, tab\t, emoji 🇺🇦, <script>", [], default),
        new SponsorJoined(Day, Civ),
        new SponsorshipWithdrawn(Day, Civ),
        new DraftRevised(Day, "A/ES-11/L.1/Rev.1", "Aggression against Ukraine"),
        new DraftOrallyRevised(Day, "In operative paragraph 2, replace \"demands\" with \"calls upon\""),
        new DraftWithdrawn(Day, "Overtaken by events"),
        new ActionTakenOnDraft(Day, VoteOutcome.Adopted, "A/RES/ES-11/1", []),
        new ActionTakenOnDraft(new DateOnly(2022, 2, 25), VoteOutcome.Vetoed, null, [Rus]),
        new ActionTakenOnDraft(Day, VoteOutcome.Rejected, null, default),
        new SessionOpened(new DateOnly(2022, 2, 28), "ES-11", SessionKind.EmergencySpecial, 11, "S/RES/2623 (2022)"),
        new SessionOpened(new DateOnly(2021, 9, 14), "76", SessionKind.Regular, 76, null),
        new SessionTemporarilyAdjourned(Day, "ES-11"),
        new SessionResumed(new DateOnly(2022, 3, 23), "ES-11", "UKR and 22 others"),
        new SessionClosed(new DateOnly(2022, 9, 12), "76"),
        new EmergencySpecialSessionRequested(new DateOnly(2022, 2, 27), "S/RES/2623 (2022)", new DateOnly(2022, 2, 28)),
        new ResolutionNumbered(Day, "A/RES/ES-11/1", "A/ES-11/L.1", "ES-11", 1),
        new ResolutionNumbered(new DateOnly(2022, 2, 27), "S/RES/2623 (2022)", "S/2022/160", null, 2623),
        new VetoDebateDue(new DateOnly(2022, 5, 26), "S/2022/431", [StateCode.Parse("CHN"), Rus], new DateOnly(2022, 6, 8)),
        new VetoDebateConvened(new DateOnly(2022, 6, 8), "S/2022/431", "A/76/PV.77"),
        new BallotAcknowledged("GA-20220302-5", "8f14e45f-ceea-467f-a0e6-7d3a1a9b1c2d", 1, Ukr, Vote.Yes, 42),
        new AccountCreated("delegation-ukr", "delegation", null, "UKR", "Délégation de l'Ukraine", "ukr@example.org", "AQAAAAIAAYagAAAAEHash=="),
        new AccountCreated("president-ga", "president", "GA", null, null, null, "AQAAAAIAAYagAAAAEHash=="),
    ];
}
