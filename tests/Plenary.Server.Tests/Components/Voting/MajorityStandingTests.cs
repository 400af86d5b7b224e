using System.Collections.Immutable;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Components.Voting;

namespace Plenary.Server.Tests.Components.Voting;

/// <summary>"Needs N more yes" agrees with the rule the chair's announcement applies.</summary>
public sealed class MajorityStandingTests
{
    [Theory]
    [InlineData("simple", 0, 0, 1)]
    [InlineData("simple", 3, 5, 3)]
    [InlineData("simple", 5, 5, 1)]
    [InlineData("simple", 6, 5, 0)]
    [InlineData("two-thirds", 0, 0, 1)]
    [InlineData("two-thirds", 2, 2, 2)]
    [InlineData("two-thirds", 10, 5, 0)]
    [InlineData("two-thirds", 141, 5, 0)]
    [InlineData("affirmative:9+veto", 0, 0, 9)]
    [InlineData("affirmative:9", 6, 1, 3)]
    public void More_yes_needed(string rule, int yes, int no, int more)
    {
        Assert.True(MajorityRule.TryParse(rule, out var parsed));

        var standing = MajorityStanding.Of(parsed, Tally.Of(yes, no, 3), c => c.Value);

        Assert.Equal(more, standing.MoreYes);
    }

    [Fact]
    public void A_permanent_member_against_is_named_only_where_its_concurrence_is_needed()
    {
        var russia = StateCode.Parse("RUS");
        var tally = Tally.Of(11, 1, 3) with { PermanentAgainst = ImmutableArray.Create(russia) };

        Assert.Equal(["Russia"], MajorityStanding.Of(new MajorityRule.AffirmativeVotes(9, true), tally, _ => "Russia").PermanentAgainst);
        Assert.Empty(MajorityStanding.Of(new MajorityRule.AffirmativeVotes(9, false), tally, _ => "Russia").PermanentAgainst);
    }
}
