using Plenary.Domain.Voting;

namespace Plenary.Server.Components.Voting;

/// <summary>What the required majority means for the votes as they stand.</summary>
/// <param name="Required">The affirmative votes the rule asks for, given the votes cast so far.</param>
/// <param name="MoreYes">How many more affirmative votes (the others unchanged) would carry the question; 0 when it would carry now.</param>
/// <param name="PermanentAgainst">The names of the permanent members voting against, where their concurrence is needed.</param>
public sealed record MajorityStanding(MajorityRule Rule, int Required, int PresentAndVoting, int MoreYes, IReadOnlyList<string> PermanentAgainst)
{
    /// <summary>Reads the rule for <paramref name="tally"/>, asking the domain's own decision so that the board never disagrees with the result the chair will announce.</summary>
    public static MajorityStanding Of(MajorityRule rule, Tally tally, Func<Domain.States.StateCode, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(nameOf);
        var more = 0;

        // Each extra affirmative vote also enlarges "present and voting", so the gap is not a
        // subtraction for the Assembly's majorities: count up until the rule no longer rejects.
        while (more < 1000 && rule.Decide(tally with { Yes = checked(tally.Yes + more) }, c => c.Value).Outcome == VoteOutcome.Rejected)
        {
            more++;
        }

        var against = rule is MajorityRule.AffirmativeVotes { PermanentMembersConcur: true } && !tally.PermanentAgainst.IsDefaultOrEmpty
            ? tally.PermanentAgainst.Select(nameOf).ToList()
            : [];
        return new MajorityStanding(rule, rule.Required(tally), tally.PresentAndVoting, more, against);
    }
}
