using Plenary.Domain.Meetings;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Meetings;

/// <summary>Rules 68, 73 and 88, decision 34/401 and res. 76/262 para. 2 on the list of speakers.</summary>
public class SpeakersListTests
{
    private static readonly MeetingOpened Opened = AnOpenedGaMeeting(Es11Vote);

    [Fact]
    public void Speakers_are_called_in_the_order_they_asked()
    {
        var spec = MeetingSpec.Given(
            Opened,
            new SpeakerInscribed(Code("UKR"), SpeechKind.Statement, null, false),
            new SpeakerInscribed(Code("RUS"), SpeechKind.Statement, null, false));

        var state = spec.When(new GiveFloor()).Then(new FloorGiven(Code("UKR"), SpeechKind.Statement));

        Assert.Equal(Code("RUS"), Assert.Single(state.Speakers).State);
    }

    [Fact]
    public void A_delegation_is_put_on_the_list_once_for_the_same_speech()
    {
        MeetingSpec.Given(Opened, new SpeakerInscribed(Code("UKR"), SpeechKind.Statement, null, false))
            .When(new InscribeSpeaker(Code("UKR"), SpeechKind.Statement))
            .Then();
    }

    [Fact]
    public void The_floor_is_not_given_out_of_turn()
    {
        MeetingSpec.Given(
                Opened,
                new SpeakerInscribed(Code("UKR"), SpeechKind.Statement, null, false),
                new SpeakerInscribed(Code("RUS"), SpeechKind.Statement, null, false))
            .When(new GiveFloor(Code("RUS")))
            .ThenFails("not-next-speaker");
    }

    [Fact]
    public void The_chair_may_call_a_delegation_inscribed_for_a_right_of_reply_out_of_turn()
    {
        MeetingSpec.Given(
                Opened,
                new SpeakerInscribed(Code("UKR"), SpeechKind.Statement, null, false),
                new SpeakerInscribed(Code("RUS"), SpeechKind.RightOfReply, null, false))
            .When(new GiveFloor(Code("RUS")))
            .Then(new FloorGiven(Code("RUS"), SpeechKind.RightOfReply));
    }

    [Fact]
    public void The_floor_is_not_given_when_no_one_is_inscribed()
    {
        MeetingSpec.Given(Opened).When(new GiveFloor()).ThenFails("list-of-speakers-empty");
    }

    [Fact]
    public void No_one_speaks_while_the_vote_is_being_taken()
    {
        MeetingSpec.Given(
                Opened,
                new SpeakerInscribed(Code("UKR"), SpeechKind.ExplanationAfterVote, "A/ES-11/L.1", false),
                AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new GiveFloor())
            .ThenFails("vote-in-progress");
    }

    [Fact]
    public void A_closed_list_refuses_statements()
    {
        MeetingSpec.Given(Opened, new ListOfSpeakersClosed())
            .When(new InscribeSpeaker(Code("BRA"), SpeechKind.Statement))
            .ThenFails("list-of-speakers-closed");
    }

    [Fact]
    public void A_closed_list_still_takes_explanations_of_vote_and_rights_of_reply()
    {
        var spec = MeetingSpec.Given(Opened, new ListOfSpeakersClosed());

        spec.When(new InscribeSpeaker(Code("BRA"), SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1"))
            .Then(new SpeakerInscribed(Code("BRA"), SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1", false));
        spec.When(new InscribeSpeaker(Code("IND"), SpeechKind.ExplanationAfterVote, "A/ES-11/L.1"))
            .Then(new SpeakerInscribed(Code("IND"), SpeechKind.ExplanationAfterVote, "A/ES-11/L.1", false));
        spec.When(new InscribeSpeaker(Code("RUS"), SpeechKind.RightOfReply))
            .Then(new SpeakerInscribed(Code("RUS"), SpeechKind.RightOfReply, null, false));
    }

    [Fact]
    public void Closing_a_closed_list_records_nothing()
    {
        MeetingSpec.Given(Opened, new ListOfSpeakersClosed()).When(new CloseListOfSpeakers()).Then();
    }

    [Fact]
    public void A_delegation_has_at_most_two_rights_of_reply()
    {
        var once = new SpeakerInscribed(Code("RUS"), SpeechKind.RightOfReply, null, false);

        MeetingSpec.Given(Opened, once)
            .When(new InscribeSpeaker(Code("RUS"), SpeechKind.RightOfReply))
            .Then(once);
        MeetingSpec.Given(Opened, once, once)
            .When(new InscribeSpeaker(Code("RUS"), SpeechKind.RightOfReply))
            .ThenFails("right-of-reply-limit");
        MeetingSpec.Given(Opened, once, once, new FloorGiven(Code("RUS"), SpeechKind.RightOfReply))
            .When(new InscribeSpeaker(Code("RUS"), SpeechKind.RightOfReply))
            .ThenFails("right-of-reply-limit");
        MeetingSpec.Given(Opened, once, once)
            .When(new InscribeSpeaker(Code("UKR"), SpeechKind.RightOfReply))
            .Then(new SpeakerInscribed(Code("UKR"), SpeechKind.RightOfReply, null, false));
    }

    [Fact]
    public void A_sponsor_may_not_explain_its_vote_on_its_own_draft_under_rule_88()
    {
        var draft = ADraft("A/ES-11/L.1").SponsoredBy("UKR").CoSponsoredBy("ALB").BuildState();
        var spec = MeetingSpec.Given(Opened).WithDrafts(draft);

        spec.When(new InscribeSpeaker(Code("ALB"), SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1")).ThenFails("sponsor-cannot-explain-vote");
        spec.When(new InscribeSpeaker(Code("UKR"), SpeechKind.ExplanationAfterVote, "A/ES-11/L.1")).ThenFails("sponsor-cannot-explain-vote");
        spec.When(new InscribeSpeaker(Code("UKR"), SpeechKind.Statement, "A/ES-11/L.1"))
            .Then(new SpeakerInscribed(Code("UKR"), SpeechKind.Statement, "A/ES-11/L.1", false));
        spec.When(new InscribeSpeaker(Code("IND"), SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1"))
            .Then(new SpeakerInscribed(Code("IND"), SpeechKind.ExplanationBeforeVote, "A/ES-11/L.1", false));
    }

    [Fact]
    public void An_explanation_of_vote_names_the_draft_it_explains()
    {
        MeetingSpec.Given(Opened)
            .When(new InscribeSpeaker(Code("IND"), SpeechKind.ExplanationBeforeVote))
            .ThenFails("explanation-needs-document");
    }

    [Theory]
    [InlineData("VAT")]
    [InlineData("PSE")]
    public void An_observer_State_may_speak(string observer)
    {
        MeetingSpec.Given(Opened)
            .When(new InscribeSpeaker(Code(observer), SpeechKind.Statement))
            .Then(new SpeakerInscribed(Code(observer), SpeechKind.Statement, null, false));
    }

    [Fact]
    public void A_former_Member_may_not_speak()
    {
        MeetingSpec.Given(Opened)
            .When(new InscribeSpeaker(Code("DDR"), SpeechKind.Statement))
            .ThenFails("not-a-member");
    }

    [Fact]
    public void The_vetoing_permanent_members_speak_first_in_a_veto_debate_under_resolution_76_262()
    {
        var debate = AnOpenedGaMeeting(new DateOnly(2022, 6, 8), "76");
        var spec = MeetingSpec.Given(
            debate,
            new SpeakerInscribed(Code("USA"), SpeechKind.Statement, null, false),
            new SpeakerInscribed(Code("ALB"), SpeechKind.Statement, null, false),
            new SpeakerInscribed(Code("CHN"), SpeechKind.Statement, null, true));

        var state = spec.When(new InscribeSpeaker(Code("RUS"), SpeechKind.Statement, Precedence: true))
            .Then(new SpeakerInscribed(Code("RUS"), SpeechKind.Statement, null, true));

        Assert.Equal(Codes("CHN", "RUS", "USA", "ALB"), [.. state.Speakers.Select(s => s.State)]);
        MeetingSpec.Given(
                debate,
                new SpeakerInscribed(Code("USA"), SpeechKind.Statement, null, false),
                new SpeakerInscribed(Code("CHN"), SpeechKind.Statement, null, true))
            .When(new GiveFloor())
            .Then(new FloorGiven(Code("CHN"), SpeechKind.Statement));
    }

    [Fact]
    public void Explanations_after_the_vote_are_heard_once_the_voting_is_closed()
    {
        MeetingSpec.Given([
                Opened,
                AnAssemblyVoteOpened("A/ES-11/L.1"),
                new SpeakerInscribed(Code("IND"), SpeechKind.ExplanationAfterVote, "A/ES-11/L.1", false),
                .. Votes(1, Vote.Abstain, "IND"),
                new VotingClosed(1)])
            .When(new GiveFloor())
            .Then(new FloorGiven(Code("IND"), SpeechKind.ExplanationAfterVote));
    }
}
