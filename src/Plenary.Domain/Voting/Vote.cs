namespace Plenary.Domain.Voting;

/// <summary>The answer of one State to a question put to the vote.</summary>
/// <remarks>Each Member has one vote (Charter Art. 18(1) and 27(1); GA rule 82).</remarks>
public enum Vote
{
    Yes,
    No,
    Abstain,
}
