namespace Plenary.Domain.Voting;

/// <summary>What became of a question put to the vote.</summary>
/// <remarks>
/// <see cref="Vetoed"/> only when the draft had the affirmative votes required and a permanent
/// member voted against it (Charter Art. 27(3)); with fewer affirmative votes the draft is
/// <see cref="Rejected"/> whoever voted against.
/// </remarks>
public enum VoteOutcome
{
    Adopted,
    Rejected,
    Vetoed,
}

public static class VoteOutcomeNames
{
    public static string Word(this VoteOutcome outcome) => outcome switch
    {
        VoteOutcome.Adopted => "adopted",
        VoteOutcome.Rejected => "rejected",
        VoteOutcome.Vetoed => "vetoed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
