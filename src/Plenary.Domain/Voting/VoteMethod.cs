namespace Plenary.Domain.Voting;

/// <summary>How a question is decided.</summary>
/// <remarks>
/// GA rule 87: a non-recorded vote replaces the show of hands and a recorded vote the roll-call
/// when mechanical means are used; a roll-call starts with a Member drawn by lot. Adoption without
/// a vote is practice: the President hears no objection and declares the draft adopted.
/// </remarks>
public enum VoteMethod
{
    WithoutVote,
    NonRecorded,
    Recorded,
    RollCall,
}

public static class VoteMethodNames
{
    public static string Word(this VoteMethod method) => method switch
    {
        VoteMethod.WithoutVote => "without-vote",
        VoteMethod.NonRecorded => "non-recorded",
        VoteMethod.Recorded => "recorded",
        VoteMethod.RollCall => "roll-call",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static bool TryParse(string? text, out VoteMethod method)
    {
        foreach (var candidate in Enum.GetValues<VoteMethod>())
        {
            if (string.Equals(candidate.Word(), text, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = default;
        return false;
    }
}
