using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Properties;

/// <summary>Generated votes: Assembly tallies, Council ballots State by State, and sequences of votes.</summary>
internal static class VoteGenerators
{
    public static VoteOpened CouncilOf2022 { get; } = ACouncilVoteOpened(Dprk, "S/2022/999");

    public static VoteOpened CouncilOf1960 { get; } = ACouncilVoteOpened(September1960, "S/4523");

    public static VoteOpened AssemblyOf193 { get; } = AnAssemblyVoteOpened("A/ES-11/L.1", register: Register193);

    /// <summary>Tallies of up to 193, a third of them on the edge of a simple majority (Y near N) and a third on the edge of two thirds (Y near 2N).</summary>
    public static Gen<Tally> AssemblyTallies { get; } =
        from no in Gen.Choose(0, 96)
        from yes in Gen.OneOf(
            Gen.Choose(0, 193),
            Gen.Choose(-2, 2).Select(d => Math.Max(0, no + d)),
            Gen.Choose(-2, 2).Select(d => Math.Max(0, (2 * no) + d)))
        from abstain in Gen.Choose(0, 193)
        select Tally.Of(yes, no, abstain);

    public static Gen<MajorityRule> AssemblyRules { get; } = Gen.Elements(MajorityRule.Simple, MajorityRule.TwoThirds);

    /// <summary>Mostly yes, so that Council votes reach nine often enough for a veto to matter; absent is null.</summary>
    public static Gen<Vote?> Ballot { get; } = Gen.Frequency(
        (6, Gen.Constant<Vote?>(Vote.Yes)),
        (2, Gen.Constant<Vote?>(Vote.No)),
        (1, Gen.Constant<Vote?>(Vote.Abstain)),
        (1, Gen.Constant<Vote?>(null)));

    /// <summary>A Council vote (of fifteen or of eleven) with every member's ballot, absent ones included, and a substantive or procedural rule.</summary>
    public static Gen<CouncilVote> CouncilVotes { get; } =
        from opened in Gen.Elements(CouncilOf2022, CouncilOf1960)
        from ballots in Ballot.ArrayOf(opened.Members.Length)
        from procedural in Gen.Elements(true, false)
        select new CouncilVote(opened, [.. ballots], procedural);

    /// <summary>Votes cast in the Assembly of 193 by States that may vote, repeats and changes included.</summary>
    public static Gen<ImmutableArray<CastVote>> AssemblyCasts { get; } =
        (from seat in Gen.Elements(AssemblyOf193.Members.Where(m => !AssemblyOf193.CannotVote.ContainsKey(m)))
         from vote in Gen.Elements(Vote.Yes, Vote.No, Vote.Abstain)
         select new CastVote(seat, vote))
        .ListOf()
        .Select(list => list.ToImmutableArray());

    private static DateOnly Dprk => new(2022, 5, 26);

    /// <summary>Counts the votes the way the meeting does: from a vote opened and the ballots cast in it.</summary>
    public static QuestionRecord Counted(VoteOpened opened, IEnumerable<Vote?> ballots) =>
        opened.Members.Zip(ballots).Aggregate(
            QuestionRecord.Open(opened),
            (question, seat) => seat.Second is { } vote ? question.WithBallot(seat.First, vote) : question);
}
