using Bunit;
using Plenary.Domain.Voting;
using Plenary.Server.Components.VoteResults;

namespace Plenary.Server.Tests.Components.VoteResults;

public sealed class ResultSummaryTests
{
    private static string Line(VoteResult result, string language = "en")
    {
        using var context = Results.Context(language);
        var cut = context.Render<ResultSummary>(p => p.Add(c => c.Result, result));
        return cut.Find("[data-testid=result-line]").TextContent;
    }

    [Fact]
    public void An_adopted_recorded_vote_reads_as_in_the_Official_Records()
    {
        Assert.Equal(
            "A/80/L.1 was adopted by a recorded vote of 141 to 5, with 35 abstentions, as resolution A/RES/80/1.",
            Line(Results.Decided(VoteOutcome.Adopted, 141, 5, 35, resolution: "A/RES/80/1")));
    }

    [Fact]
    public void None_against_and_a_single_abstention_are_written_in_words()
    {
        Assert.Equal(
            "A/80/L.1 was adopted by a roll-call vote of 180 to none, with 1 abstention.",
            Line(Results.Decided(VoteOutcome.Adopted, 180, 0, 1, VoteMethod.RollCall)));
    }

    [Fact]
    public void A_rejected_non_recorded_vote_gives_its_counts()
    {
        Assert.Equal(
            "A/80/L.1 was rejected by a non-recorded vote of 30 to 70, with no abstentions.",
            Line(Results.Decided(VoteOutcome.Rejected, 30, 70, 0, VoteMethod.NonRecorded)));
    }

    [Fact]
    public void A_veto_names_the_permanent_member_whose_negative_vote_defeated_the_draft()
    {
        Assert.Equal(
            "A/80/L.1 was not adopted owing to the negative vote of a permanent member (Russian Federation): 11 in favour, 1 against, 3 abstentions.",
            Line(Results.Decided(VoteOutcome.Vetoed, 11, 1, 3, vetoedBy: ["Russian Federation"])));
        Assert.Equal(
            "A/80/L.1 was not adopted owing to the negative votes of permanent members (China and Russian Federation): 13 in favour, 2 against, no abstentions.",
            Line(Results.Decided(VoteOutcome.Vetoed, 13, 2, 0, vetoedBy: ["China", "Russian Federation"])));
    }

    [Fact]
    public void Adoption_without_a_vote_has_no_counts()
    {
        using var context = Results.Context();
        var cut = context.Render<ResultSummary>(p => p.Add(c => c.Result, Results.Decided(VoteOutcome.Adopted, 0, 0, 0, VoteMethod.WithoutVote, "A/RES/80/2")));
        Assert.Equal("A/80/L.1 was adopted without a vote, as resolution A/RES/80/2.", cut.Find("[data-testid=result-line]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=yes-count]"));
    }

    [Fact]
    public void The_counts_and_the_outcome_are_marked_for_the_tests_and_readers()
    {
        using var context = Results.Context();
        var cut = context.Render<ResultSummary>(p => p.Add(c => c.Result, Results.Decided(VoteOutcome.Adopted, 141, 5, 35, nonVoting: 12)));
        Assert.Equal("adopted", cut.Find("[data-testid=result-line]").GetAttribute("data-outcome"));
        Assert.Equal(["141", "5", "35", "12"], new[] { "yes", "no", "abstain", "non-voting" }.Select(k => cut.Find($"[data-testid={k}-count]").TextContent));
    }

    [Fact]
    public void The_line_is_in_French_when_French_is_chosen()
    {
        Assert.Equal(
            "A/80/L.1 a été adopté par 141 voix contre 5, avec 35 abstentions, à l’issue d’un vote enregistré, et est devenu la résolution A/RES/80/1.",
            Line(Results.Decided(VoteOutcome.Adopted, 141, 5, 35, resolution: "A/RES/80/1"), "fr"));
    }

    [Fact]
    public void A_vote_not_yet_announced_says_so()
    {
        var open = Results.Decided(VoteOutcome.Adopted, 3, 0, 0) with { Decision = null, Closed = false };
        Assert.Equal("The vote on A/80/L.1 is under way: the result has not been announced yet.", Line(open));
    }
}
