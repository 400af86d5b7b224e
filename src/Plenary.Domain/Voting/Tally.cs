using System.Collections.Immutable;
using Plenary.Domain.States;

namespace Plenary.Domain.Voting;

/// <summary>The counts of a vote, and which permanent members voted against.</summary>
/// <remarks>
/// "Members present and voting" are those casting an affirmative or negative vote; abstainers
/// and non-voting members are outside it (Charter Art. 18; GA rule 86).
/// </remarks>
public readonly record struct Tally(int Yes, int No, int Abstain, int NonVoting, ImmutableArray<StateCode> PermanentAgainst)
{
    public int PresentAndVoting => checked(Yes + No);

    public int Present => checked(Yes + No + Abstain);

    public static Tally Of(int yes, int no, int abstain, int nonVoting = 0)
    {
        if (yes < 0 || no < 0 || abstain < 0 || nonVoting < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(yes), "Vote counts cannot be negative.");
        }

        return new Tally(yes, no, abstain, nonVoting, []);
    }
}
