namespace Plenary.Load;

/// <summary>Who votes what, where and in which order: every delegation in every meeting, some changing their vote once.</summary>
/// <remarks>
/// A turn's ballots go one after the other (a change only once the first vote is acknowledged), so
/// the final vote of every delegation is known and each tally can be checked exactly. Turns are
/// shuffled, so the meetings fill in at once, as in a hall where everyone votes together.
/// </remarks>
internal sealed class VotingPlan
{
    private static readonly string[] Choices = ["yes", "no", "abstain"];

    private VotingPlan(IReadOnlyList<DelegationTurn> turns, int meetings)
    {
        Turns = turns;
        Meetings = meetings;
    }

    public IReadOnlyList<DelegationTurn> Turns { get; }

    public int Meetings { get; }

    public int Ballots => Turns.Sum(t => t.Votes.Count);

    public static VotingPlan Create(int meetings, IReadOnlyList<string> voters, double changeShare, int seed)
    {
        var random = new Random(seed);
        var turns = new List<DelegationTurn>(meetings * voters.Count);
        for (var meeting = 0; meeting < meetings; meeting++)
        {
            foreach (var state in voters)
            {
                // Roughly the shape of a real recorded vote: most in favour, some abstaining, a few against.
                var roll = random.NextDouble();
                var first = roll < 0.7 ? "yes" : roll < 0.8 ? "no" : "abstain";
                IReadOnlyList<string> votes = random.NextDouble() < changeShare
                    ? [first, Choices.Where(c => c != first).ElementAt(random.Next(2))]
                    : [first];
                turns.Add(new DelegationTurn(meeting, state, votes));
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(turns));
        return new VotingPlan(turns, meetings);
    }

    /// <summary>The final vote of each State in a meeting.</summary>
    public IReadOnlyDictionary<string, string> FinalVotes(int meeting) =>
        Turns.Where(t => t.Meeting == meeting).ToDictionary(t => t.State, t => t.Votes[^1], StringComparer.Ordinal);
}

/// <summary>One delegation's ballots in one meeting, cast in order.</summary>
internal sealed record DelegationTurn(int Meeting, string State, IReadOnlyList<string> Votes);
