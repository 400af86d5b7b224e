using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Meetings;

public class AssemblyVotingTests
{
    private static readonly VoteOpened Es11Draft = AnAssemblyVoteOpened("A/ES-11/L.1", register: Register193);

    [Fact]
    public void The_Assembly_adopts_ES_11_1_by_a_recorded_vote_of_141_to_5_with_35_abstentions()
    {
        MeetingSpec.Given([
                AnOpenedGaMeeting(Es11Vote),
                Es11Draft,
                .. Ballots(Es11Draft, yes: 141, no: Codes("BLR", "PRK", "ERI", "RUS", "SYR"), abstain: 35),
                new VotingClosed(1)])
            .With(Register193)
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(141, 5, 35, 12, []),
                98,
                [],
                "Adopted: 141 in favour, 5 against, 35 abstentions; two thirds of the 146 members present and voting is 98")));
    }

    [Fact]
    public void A_non_recorded_vote_records_only_the_numbers_and_counts_the_others_as_non_voting()
    {
        var vote = AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.NonRecorded, register: Register193);

        var state = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), vote)
            .With(Register193)
            .When(new RecordVoteCounts(141, 5, 35))
            .Then(new VoteCountsRecorded(1, 141, 5, 35));

        Structural.Equal(new Tally(141, 5, 35, 12, []), state.Current!.Tally());
    }

    [Fact]
    public void A_non_recorded_vote_refuses_a_State_by_State_vote()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.NonRecorded))
            .When(new CastVote(Code("UKR"), Vote.Yes))
            .ThenFails("non-recorded-vote");
    }

    [Fact]
    public void A_recorded_vote_refuses_numbers_alone()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new RecordVoteCounts(10, 1, 1))
            .ThenFails("recorded-vote-needs-states");
    }

    [Fact]
    public void Counts_cannot_exceed_the_Members_entitled_to_vote()
    {
        var vote = AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.NonRecorded, register: Register193);
        var spec = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), vote).With(Register193);

        // 193 Members, one of them (Venezuela) without a vote under Article 19.
        spec.When(new RecordVoteCounts(150, 30, 13)).ThenFails("counts-exceed-members");
        spec.When(new RecordVoteCounts(150, 30, 12)).Then(new VoteCountsRecorded(1, 150, 30, 12));
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1", method: VoteMethod.NonRecorded))
            .When(new RecordVoteCounts(10, -1, 0))
            .ThenFails("negative-count");
    }

    [Fact]
    public void The_Assembly_is_every_Member_on_the_date_with_those_in_arrears_marked_as_unable_to_vote()
    {
        var opened = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .WithDrafts(ADraft("A/ES-11/L.1").BuildState())
            .When(new OpenVote("A/ES-11/L.1", "important", VoteMethod.Recorded))
            .Then(AnAssemblyVoteOpened("A/ES-11/L.1"))
            .Current!;

        Assert.Equal(33, opened.Members.Length);
        Assert.Contains(Code("SSD"), opened.Members);
        Assert.Contains(Code("RUS"), opened.Members);
        Assert.DoesNotContain(Code("SUN"), opened.Members);
        Assert.DoesNotContain(Code("CEY"), opened.Members);
        Assert.DoesNotContain(Code("DDR"), opened.Members);
        Assert.DoesNotContain(Code("VAT"), opened.Members);
        Assert.DoesNotContain(Code("PSE"), opened.Members);
        Assert.Equal(NonVotingReason.Article19, Assert.Single(opened.CannotVote, p => p.Key == Code("VEN")).Value);
        Assert.Empty(opened.Permanent);
        Assert.Equal(MajorityRule.TwoThirds, opened.Rule);
    }

    [Fact]
    public void A_State_that_has_lost_its_vote_under_Article_19_cannot_vote_in_the_Assembly()
    {
        var error = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new CastVote(Code("VEN"), Vote.Yes))
            .ThenFails("article-19");

        Assert.Equal("Art. 19", error.Rule);
        Assert.Contains("Venezuela (Bolivarian Republic of)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_State_in_arrears_that_the_Assembly_permitted_to_vote_votes()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new CastVote(Code("COM"), Vote.Yes))
            .Then(new VoteCast(1, Code("COM"), Vote.Yes));
    }

    [Fact]
    public void A_State_listed_under_Article_19_votes_before_the_list_is_issued()
    {
        var early = new DateOnly(2022, 1, 10);
        MeetingSpec.Given(AnOpenedGaMeeting(early, "76"), AVoteOpened(Body.GeneralAssembly, early, "A/76/L.30", "other", MajorityRule.Simple))
            .When(new CastVote(Code("VEN"), Vote.No))
            .Then(new VoteCast(1, Code("VEN"), Vote.No));
    }

    [Theory]
    [InlineData("VAT")]
    [InlineData("PSE")]
    public void An_observer_State_cannot_vote(string observer)
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new CastVote(Code(observer), Vote.Yes))
            .ThenFails("observer-cannot-vote");
    }

    [Fact]
    public void A_State_cannot_vote_in_the_Assembly_before_its_admission()
    {
        var dayBefore = new DateOnly(2011, 7, 13);
        var error = MeetingSpec.Given(AnOpenedGaMeeting(dayBefore, "65"), AVoteOpened(Body.GeneralAssembly, dayBefore, "A/65/L.84", "important", MajorityRule.TwoThirds))
            .When(new CastVote(Code("SSD"), Vote.Yes))
            .ThenFails("not-a-member");

        Assert.Contains("admitted on 2011-07-14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_State_votes_in_the_Assembly_from_the_day_of_its_admission()
    {
        var admission = new DateOnly(2011, 7, 14);
        MeetingSpec.Given(AnOpenedGaMeeting(admission, "65"), AVoteOpened(Body.GeneralAssembly, admission, "A/65/L.84", "other", MajorityRule.Simple))
            .When(new CastVote(Code("SSD"), Vote.Yes))
            .Then(new VoteCast(1, Code("SSD"), Vote.Yes));
    }

    [Fact]
    public void A_former_Member_cannot_vote()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("A/ES-11/L.1"))
            .When(new CastVote(Code("DDR"), Vote.Yes))
            .ThenFails("not-a-member");
    }

    [Fact]
    public void A_decision_needs_a_majority_of_the_Members_present_under_rule_67()
    {
        // 33 Members: a decision needs 17 present; abstainers count as present.
        var vote = AnAssemblyVoteOpened("Motion to adjourn the debate", kind: "other");
        MeetingEvent[] sixteen =
        [
            AnOpenedGaMeeting(Es11Vote),
            vote,
            .. Votes(1, Vote.Yes, "ALB", "ARG", "BRA", "CHE", "ECU", "FRA", "GBR", "IRL", "ITA", "JPN"),
            .. Votes(1, Vote.No, "BLR", "CHN", "ERI", "PRK", "RUS"),
            .. Votes(1, Vote.Abstain, "IND"),
        ];

        MeetingSpec.Given([.. sixteen, new VotingClosed(1)])
            .When(new AnnounceResult())
            .ThenFails("no-quorum");

        var state = MeetingSpec.Given([.. sixteen, .. Votes(1, Vote.Abstain, "ARE"), new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(10, 5, 2, 16, []),
                8,
                [],
                "Adopted: 10 in favour, 5 against, 2 abstentions; a majority of the 15 members present and voting is 8")));
        Assert.Null(state.Current);
        Assert.Single(state.Decided);
    }

    [Fact]
    public void A_question_of_a_kind_the_body_does_not_decide_is_refused()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .WithDrafts(ADraft("A/ES-11/L.1").BuildState())
            .When(new OpenVote("A/ES-11/L.1", "substantive", VoteMethod.Recorded))
            .ThenFails("unknown-question-kind");
    }

    [Fact]
    public void A_vote_on_a_symbol_never_submitted_is_refused()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new OpenVote("A/ES-11/L.99", "important", VoteMethod.Recorded))
            .ThenFails("draft-not-submitted");
    }

    [Fact]
    public void A_question_named_by_a_plain_label_may_be_put_without_a_document()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new OpenVote("Motion to adjourn the debate", "other", VoteMethod.Recorded))
            .Then(AnAssemblyVoteOpened("Motion to adjourn the debate", kind: "other"));
    }

    [Fact]
    public void A_draft_on_which_action_was_taken_cannot_be_voted_again()
    {
        var adopted = DraftState.Fold([ADraft("A/ES-11/L.1").Build(), new ActionTakenOnDraft(Es11Vote, VoteOutcome.Adopted, "A/RES/ES-11/1", [])]);

        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .WithDrafts(adopted)
            .When(new OpenVote("A/ES-11/L.1", "important", VoteMethod.Recorded))
            .ThenFails("action-already-taken");
    }

    [Fact]
    public void A_draft_before_the_Council_cannot_be_voted_in_the_Assembly()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .WithDrafts(ADraft("S/2022/155").InTheCouncil().BuildState())
            .When(new OpenVote("S/2022/155", "important", VoteMethod.Recorded))
            .ThenFails("draft-of-another-body");
    }

    [Fact]
    public void A_second_question_waits_until_the_vote_in_progress_ends()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote), AnAssemblyVoteOpened("Motion to adjourn the debate", kind: "other"))
            .When(new OpenVote("Motion to close the debate", "other", VoteMethod.Recorded))
            .ThenFails("vote-in-progress");
    }

    [Fact]
    public void The_Assembly_adopts_a_draft_without_a_vote_when_no_one_objects()
    {
        var state = MeetingSpec.Given(AnOpenedGaMeeting(new DateOnly(2022, 4, 26), "76"))
            .WithDrafts(ADraft("A/76/L.52").BuildState() with { Session = "76" })
            .When(new AdoptWithoutVoteCommand("A/76/L.52", "other"))
            .Then(new AdoptedWithoutVote(1, "A/76/L.52", "other"));

        Structural.Equal(Decision.WithoutVote, state.Decided[0].Decision);
    }
}
