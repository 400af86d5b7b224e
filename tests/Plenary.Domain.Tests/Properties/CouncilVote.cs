using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;

namespace Plenary.Domain.Tests.Properties;

/// <summary>A generated Council vote: who sits, each member's ballot (null when absent), and whether the question is procedural.</summary>
internal sealed record CouncilVote(VoteOpened Opened, ImmutableArray<Vote?> Ballots, bool Procedural)
{
    public MajorityRule Rule
    {
        get
        {
            var electorate = new Electorate(Opened.Members, Opened.Permanent, Opened.CannotVote);
            Body.SecurityCouncil.TryRuleFor(Procedural ? "procedural" : "substantive", electorate, out var rule);
            return rule;
        }
    }

    public Tally Tally => VoteGenerators.Counted(Opened, Ballots).Tally();

    public Decision Decide() => Rule.Decide(Tally, code => code.Value);

    public CouncilVote With(int seat, Vote vote) => this with { Ballots = Ballots.SetItem(seat, vote) };

    public override string ToString() =>
        $"{(Procedural ? "procedural" : "substantive")} in a Council of {Opened.Members.Length}: " +
        string.Join(" ", Opened.Members.Zip(Ballots).Select(p => $"{p.First}={p.Second?.ToString() ?? "-"}"));
}
