using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Meetings;

/// <summary>Charter Art. 27: nine affirmative votes, with the concurring votes of the permanent members on all but procedural matters.</summary>
public class CouncilVotingTests
{
    private static readonly DateOnly Res2623 = new(2022, 2, 27);
    private static readonly DateOnly Dprk = new(2022, 5, 26);
    private static readonly DateOnly Gaza = new(2023, 10, 16);

    [Fact]
    public void The_negative_vote_of_a_permanent_member_vetoes_a_substantive_draft_as_S_2022_155_was()
    {
        MeetingSpec.Given([
                AnOpenedCouncilMeeting(February2022),
                ACouncilVoteOpened(February2022, "S/2022/155"),
                .. Votes(1, Vote.Yes, "ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA"),
                .. Votes(1, Vote.No, "RUS"),
                .. Votes(1, Vote.Abstain, "CHN", "IND", "ARE"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Vetoed,
                new Tally(11, 1, 3, 0, Codes("RUS")),
                9,
                Codes("RUS"),
                "Not adopted owing to the negative vote of a permanent member (Russian Federation): 11 in favour, 1 against, 3 abstentions")));
    }

    [Fact]
    public void The_negative_votes_of_two_permanent_members_are_named_together_as_on_S_2022_431()
    {
        MeetingSpec.Given([
                AnOpenedCouncilMeeting(Dprk),
                ACouncilVoteOpened(Dprk, "S/2022/431"),
                .. Votes(1, Vote.Yes, "ALB", "BRA", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE", "GBR", "USA"),
                .. Votes(1, Vote.No, "RUS", "CHN"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Vetoed,
                new Tally(13, 2, 0, 0, Codes("CHN", "RUS")),
                9,
                Codes("CHN", "RUS"),
                "Not adopted owing to the negative votes of permanent members (China and Russian Federation): 13 in favour, 2 against, 0 abstentions")));
    }

    [Fact]
    public void A_draft_short_of_nine_votes_is_rejected_not_vetoed_even_with_permanent_members_against_as_S_2023_772_was()
    {
        MeetingSpec.Given([
                AnOpenedCouncilMeeting(Gaza),
                ACouncilVoteOpened(Gaza, "S/2023/772"),
                .. Votes(1, Vote.Yes, "CHN", "GAB", "MOZ", "RUS", "ARE"),
                .. Votes(1, Vote.No, "FRA", "JPN", "GBR", "USA"),
                .. Votes(1, Vote.Abstain, "ALB", "BRA", "ECU", "GHA", "MLT", "CHE"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Rejected,
                new Tally(5, 4, 6, 0, Codes("FRA", "GBR", "USA")),
                9,
                [],
                "Not adopted, having failed to obtain the required number of votes: 5 in favour, 4 against, 6 abstentions; nine affirmative votes are required")));
    }

    [Fact]
    public void A_procedural_decision_is_adopted_by_any_nine_votes_despite_a_permanent_member_against_as_resolution_2623_was()
    {
        MeetingSpec.Given([
                AnOpenedCouncilMeeting(Res2623),
                ACouncilVoteOpened(Res2623, "S/2022/160", kind: "procedural"),
                .. Votes(1, Vote.Yes, "ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA"),
                .. Votes(1, Vote.No, "RUS"),
                .. Votes(1, Vote.Abstain, "CHN", "IND", "ARE"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(11, 1, 3, 0, Codes("RUS")),
                9,
                [],
                "Adopted: 11 in favour, 1 against, 3 abstentions; a procedural decision requires the affirmative vote of nine members")));
    }

    [Fact]
    public void A_permanent_member_abstaining_does_not_veto_as_the_United_States_did_on_resolution_2334()
    {
        MeetingSpec.Given([
                AnOpenedCouncilMeeting(Dprk),
                ACouncilVoteOpened(Dprk, "S/2022/999"),
                .. Votes(1, Vote.Yes, "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "GBR"),
                .. Votes(1, Vote.Abstain, "USA"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(14, 0, 1, 0, []),
                9,
                [],
                "Adopted: 14 in favour, 0 against, 1 abstention; nine affirmative votes including the concurring votes of the permanent members are required")));
    }

    [Fact]
    public void A_permanent_member_absent_from_the_vote_does_not_veto()
    {
        var state = MeetingSpec.Given([
                AnOpenedCouncilMeeting(Dprk),
                ACouncilVoteOpened(Dprk, "S/2022/999"),
                .. Votes(1, Vote.Yes, "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN"),
                .. Votes(1, Vote.No, "MEX"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(9, 1, 0, 5, []),
                9,
                [],
                "Adopted: 9 in favour, 1 against, 0 abstentions; nine affirmative votes including the concurring votes of the permanent members are required")));

        Assert.Contains(Code("RUS"), state.Decided[0].NonVoting());
    }

    [Fact]
    public void The_Council_of_eleven_decided_by_seven_votes_as_in_resolution_157_of_1960()
    {
        var opened = MeetingSpec.Given(AnOpenedCouncilMeeting(September1960))
            .When(new OpenVote("Request for an emergency special session on the Congo", "procedural", VoteMethod.Recorded))
            .Then(AVoteOpened(Body.SecurityCouncil, September1960, "Request for an emergency special session on the Congo", "procedural", new MajorityRule.AffirmativeVotes(7, false)));
        Assert.Equal(Codes("ARG", "LKA", "CHN", "ECU", "FRA", "ITA", "POL", "TUN", "RUS", "GBR", "USA"), opened.Current!.Members);

        MeetingSpec.Given([
                AnOpenedCouncilMeeting(September1960),
                ACouncilVoteOpened(September1960, "Request for an emergency special session on the Congo", kind: "procedural"),
                .. Votes(1, Vote.Yes, "ARG", "LKA", "CHN", "ECU", "ITA", "TUN", "GBR", "USA"),
                .. Votes(1, Vote.No, "POL", "RUS"),
                .. Votes(1, Vote.Abstain, "FRA"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Adopted,
                new Tally(8, 2, 1, 0, Codes("RUS")),
                7,
                [],
                "Adopted: 8 in favour, 2 against, 1 abstention; a procedural decision requires the affirmative vote of seven members")));
    }

    [Fact]
    public void A_veto_in_1960_names_the_Union_of_Soviet_Socialist_Republics()
    {
        var decision = MeetingSpec.Given([
                AnOpenedCouncilMeeting(September1960),
                ACouncilVoteOpened(September1960, "S/4523"),
                .. Votes(1, Vote.Yes, "ARG", "LKA", "CHN", "ECU", "ITA", "TUN", "GBR", "USA"),
                .. Votes(1, Vote.No, "POL", "RUS"),
                .. Votes(1, Vote.Abstain, "FRA"),
                new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Vetoed,
                new Tally(8, 2, 1, 0, Codes("RUS")),
                7,
                Codes("RUS"),
                "Not adopted owing to the negative vote of a permanent member (Union of Soviet Socialist Republics): 8 in favour, 2 against, 1 abstention")));
    }

    [Fact]
    public void A_party_to_a_dispute_must_abstain_in_a_decision_under_Chapter_VI()
    {
        var opened = MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Recommendation under Chapter VI", "substantive", VoteMethod.Recorded, MustAbstain: Codes("GBR", "ALB")))
            .Then(ACouncilVoteOpened(February2022, "Recommendation under Chapter VI", mustAbstain: Codes("GBR", "ALB")));
        Assert.Equal(Codes("GBR", "ALB"), opened.Current!.MustAbstain);

        var spec = MeetingSpec.Given(AnOpenedCouncilMeeting(February2022), ACouncilVoteOpened(February2022, "Recommendation under Chapter VI", mustAbstain: Codes("GBR")));
        spec.When(new CastVote(Code("GBR"), Vote.No)).ThenFails("party-must-abstain");
        spec.When(new CastVote(Code("GBR"), Vote.Yes)).ThenFails("party-must-abstain");
        spec.When(new CastVote(Code("GBR"), Vote.Abstain)).Then(new VoteCast(1, Code("GBR"), Vote.Abstain));
    }

    [Fact]
    public void The_obligatory_abstention_does_not_apply_to_procedural_questions()
    {
        MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Motion to adjourn", "procedural", VoteMethod.Recorded, MustAbstain: Codes("GBR")))
            .ThenFails("obligatory-abstention-chapter-vi");
    }

    [Fact]
    public void The_obligatory_abstention_does_not_apply_in_the_Assembly()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new OpenVote("Motion to adjourn the debate", "other", VoteMethod.Recorded, MustAbstain: Codes("UKR")))
            .ThenFails("obligatory-abstention-chapter-vi");
    }

    [Fact]
    public void Only_a_member_of_the_Council_can_be_bound_to_abstain()
    {
        MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Recommendation under Chapter VI", "substantive", VoteMethod.Recorded, MustAbstain: Codes("UKR")))
            .ThenFails("not-a-member");
    }

    [Fact]
    public void A_Member_not_on_the_Council_cannot_vote_in_the_Council()
    {
        var error = MeetingSpec.Given(AnOpenedCouncilMeeting(February2022), ACouncilVoteOpened(February2022, "S/2022/155"))
            .When(new CastVote(Code("UKR"), Vote.Yes))
            .ThenFails("not-a-member");

        Assert.Equal("Art. 23", error.Rule);
    }

    [Fact]
    public void The_Council_votes_State_by_State_so_that_a_permanent_members_negative_vote_is_known()
    {
        MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Motion to adjourn", "procedural", VoteMethod.NonRecorded))
            .ThenFails("vote-must-name-states");
    }

    [Fact]
    public void The_Council_decides_no_important_questions()
    {
        MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Motion to adjourn", "important", VoteMethod.Recorded))
            .ThenFails("unknown-question-kind");
    }
}
