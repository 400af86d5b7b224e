using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Tests.Specs;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Meetings;

/// <summary>Rule 87 and 88: casting, changing and closing the vote, announcing and correcting the result.</summary>
public class VoteConductTests
{
    private static readonly VoteOpened Motion = AnAssemblyVoteOpened("Motion to adjourn the debate", kind: "other");

    private static readonly MeetingEvent[] SeventeenPresent =
    [
        AnOpenedGaMeeting(Es11Vote),
        Motion,
        .. Votes(1, Vote.Yes, "ALB", "ARG", "BRA", "CHE", "ECU", "FRA", "GBR", "IRL", "ITA", "JPN"),
        .. Votes(1, Vote.No, "BLR", "CHN", "ERI", "PRK", "RUS"),
        .. Votes(1, Vote.Abstain, "IND", "ARE"),
    ];

    [Fact]
    public void A_State_may_change_its_vote_until_the_voting_is_closed_and_the_new_vote_counts()
    {
        var state = MeetingSpec.Given([.. SeventeenPresent])
            .When(new CastVote(Code("ALB"), Vote.No))
            .Then(new VoteCast(1, Code("ALB"), Vote.No));

        Assert.Equal(Vote.No, state.Current!.BallotOf(Code("ALB")));
        Structural.Equal(new Tally(9, 6, 2, 16, []), state.Current.Tally());
    }

    [Fact]
    public void Casting_the_same_vote_again_records_nothing()
    {
        MeetingSpec.Given([.. SeventeenPresent])
            .When(new CastVote(Code("ALB"), Vote.Yes))
            .Then();
    }

    [Fact]
    public void No_vote_is_cast_or_changed_after_the_voting_is_closed()
    {
        var spec = MeetingSpec.Given([.. SeventeenPresent, new VotingClosed(1)]);

        spec.When(new CastVote(Code("UKR"), Vote.Yes)).ThenFails("voting-closed");
        spec.When(new CastVote(Code("ALB"), Vote.No)).ThenFails("voting-closed");
    }

    [Fact]
    public void Closing_the_voting_twice_records_it_once()
    {
        MeetingSpec.Given([.. SeventeenPresent, new VotingClosed(1)])
            .When(new CloseVoting())
            .Then();
    }

    [Fact]
    public void The_result_is_not_announced_before_the_voting_is_closed()
    {
        MeetingSpec.Given([.. SeventeenPresent])
            .When(new AnnounceResult())
            .ThenFails("voting-not-closed");
    }

    [Fact]
    public void No_vote_is_cast_when_no_question_is_put()
    {
        var spec = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote));

        spec.When(new CastVote(Code("UKR"), Vote.Yes)).ThenFails("no-vote-open");
        spec.When(new AnnounceResult()).ThenFails("no-vote-open");
    }

    [Fact]
    public void Nothing_is_decided_before_the_meeting_is_opened()
    {
        MeetingSpec.Given()
            .In(Body.GeneralAssembly)
            .When(new OpenVote("Motion to adjourn the debate", "other", VoteMethod.Recorded))
            .ThenFails("meeting-not-open");
    }

    [Fact]
    public void A_meeting_is_not_adjourned_while_a_vote_is_in_progress()
    {
        MeetingSpec.Given([.. SeventeenPresent])
            .When(new AdjournMeeting())
            .ThenFails("vote-in-progress");
    }

    [Fact]
    public void A_correction_stated_after_the_vote_is_recorded_beside_the_result_and_never_changes_it()
    {
        var announced = MeetingSpec.Given([.. SeventeenPresent, new VotingClosed(1)]).When(new AnnounceResult()).Then(
            new ResultAnnounced(1, MajorityRule.Simple.Decide(Tally.Of(10, 5, 2, 16), _ => string.Empty)));
        var result = announced.Decided[0].Decision;

        var state = MeetingSpec.Given([.. SeventeenPresent, new VotingClosed(1), new ResultAnnounced(1, result!)])
            .When(new StateVoteIntention(1, Code("ALB"), Vote.No))
            .Then(new VoteIntentionStated(1, Code("ALB"), Vote.No));

        Structural.Equal(result, state.Decided[0].Decision);
        Assert.Equal(Vote.No, state.Decided[0].Intentions[Code("ALB")]);
        Assert.Equal(Vote.Yes, state.Decided[0].BallotOf(Code("ALB")));
        Structural.Equal(new Tally(10, 5, 2, 16, []), state.Decided[0].Tally());
    }

    [Fact]
    public void A_correction_needs_an_announced_recorded_vote()
    {
        MeetingSpec.Given([.. SeventeenPresent])
            .When(new StateVoteIntention(1, Code("ALB"), Vote.No))
            .ThenFails("no-such-vote");
    }

    [Fact]
    public void The_required_majority_is_attached_to_the_question_when_the_vote_opens()
    {
        var state = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .WithDrafts(ADraft("A/ES-11/L.1").BuildState())
            .When(new OpenVote("A/ES-11/L.1", "important", VoteMethod.Recorded))
            .Then(AnAssemblyVoteOpened("A/ES-11/L.1", kind: "important", rule: MajorityRule.TwoThirds));

        Assert.Equal(MajorityRule.TwoThirds, state.Current!.Rule);
    }

    [Fact]
    public void The_rule_recorded_when_the_vote_opened_decides_the_result()
    {
        // An "other" question opened under two thirds (as after an Art. 18(3) decision): 10 to 5 is exactly two thirds, 10 to 6 is not.
        var underTwoThirds = AnAssemblyVoteOpened("A/73/L.42", kind: "other", rule: MajorityRule.TwoThirds);
        MeetingEvent[] given = [.. SeventeenPresent.Select(e => e is VoteOpened ? underTwoThirds : e)];

        MeetingSpec.Given([.. given, .. Votes(1, Vote.No, "UKR"), new VotingClosed(1)])
            .When(new AnnounceResult())
            .Then(new ResultAnnounced(1, new Decision(
                VoteOutcome.Rejected,
                new Tally(10, 6, 2, 15, []),
                11,
                [],
                "Not adopted: 10 in favour, 6 against, 2 abstentions; two thirds of the 16 members present and voting is 11")));
    }

    [Fact]
    public void An_adopted_decision_that_a_question_needs_two_thirds_changes_the_majority_of_the_later_vote_under_Art_18_3()
    {
        var sets = new MajorityDecision("A/73/L.42", MajorityRule.TwoThirds);
        var motion = AnAssemblyVoteOpened("Motion of Kuwait on the majority required", kind: "other") with { Sets = sets };
        MeetingEvent[] motionVoted = [.. SeventeenPresent.Select(e => e is VoteOpened ? motion : e), new VotingClosed(1)];
        var adopted = MajorityRule.Simple.Decide(Tally.Of(10, 5, 2, 16), _ => string.Empty);
        var rejected = MajorityRule.Simple.Decide(Tally.Of(5, 10, 2, 16), _ => string.Empty);
        var draft = ADraft("A/73/L.42").BuildState();

        var state = MeetingSpec.Given([.. motionVoted, new ResultAnnounced(1, adopted)])
            .WithDrafts(draft)
            .When(new OpenVote("A/73/L.42", "other", VoteMethod.Recorded))
            .Then(AnAssemblyVoteOpened("A/73/L.42", kind: "other", rule: MajorityRule.TwoThirds, question: 2));
        Assert.Equal(MajorityRule.TwoThirds, state.MajoritiesDecided["A/73/L.42"]);

        MeetingSpec.Given([.. motionVoted, new ResultAnnounced(1, rejected)])
            .WithDrafts(draft)
            .When(new OpenVote("A/73/L.42", "other", VoteMethod.Recorded))
            .Then(AnAssemblyVoteOpened("A/73/L.42", kind: "other", rule: MajorityRule.Simple, question: 2));
    }

    [Fact]
    public void The_majority_another_question_needs_is_itself_decided_by_a_simple_majority()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new OpenVote("Motion on the majority required", "important", VoteMethod.Recorded, Sets: new MajorityDecision("A/73/L.42", MajorityRule.TwoThirds)))
            .ThenFails("majority-decided-by-simple-majority");
    }

    [Fact]
    public void The_roll_call_starts_with_the_Member_drawn_by_lot_and_wraps_around()
    {
        var expected = Codes("ARE", "GBR", "USA", "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS");

        var state = MeetingSpec.Given(AnOpenedCouncilMeeting(February2022))
            .When(new OpenVote("Motion to adjourn", "procedural", VoteMethod.RollCall, LotSeed: 12))
            .Then(AVoteOpened(Body.SecurityCouncil, February2022, "Motion to adjourn", "procedural", new MajorityRule.AffirmativeVotes(9, false), VoteMethod.RollCall, callOrder: expected));

        Assert.Equal(Council2022, state.Current!.Members);
    }

    [Theory]
    [InlineData(12, 45)]
    [InlineData(0, 33)]
    [InlineData(-1, -1)]
    public void The_roll_call_order_is_the_same_for_the_same_lot(int seed, int sameDraw)
    {
        var spec = MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote));

        var first = ((VoteOpened)MeetingDecider.Decide(spec.State, new OpenVote("Motion", "other", VoteMethod.RollCall, seed), spec.Context(spec.State))[0]).CallOrder;
        var again = ((VoteOpened)MeetingDecider.Decide(spec.State, new OpenVote("Motion", "other", VoteMethod.RollCall, seed), spec.Context(spec.State))[0]).CallOrder;
        var wrapped = ((VoteOpened)MeetingDecider.Decide(spec.State, new OpenVote("Motion", "other", VoteMethod.RollCall, sameDraw), spec.Context(spec.State))[0]).CallOrder;

        Assert.Equal(first, again);
        Assert.Equal(first, wrapped);
        Assert.Equal(33, first.Length);
        Assert.Equal(
            Register.AssemblyMembersOn(Es11Vote).Select(s => s.Code.Value).Order(StringComparer.Ordinal),
            first.Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_a_roll_call_has_a_call_order()
    {
        MeetingSpec.Given(AnOpenedGaMeeting(Es11Vote))
            .When(new OpenVote("Motion to adjourn the debate", "other", VoteMethod.Recorded, LotSeed: 5))
            .Then(AnAssemblyVoteOpened("Motion to adjourn the debate", kind: "other"));
    }
}
