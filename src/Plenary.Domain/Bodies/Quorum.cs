namespace Plenary.Domain.Bodies;

/// <summary>A share of a body's members that must be present.</summary>
public enum QuorumShare
{
    None,
    OneQuarter,
    OneThird,
    Majority,
    TwoThirds,
}

/// <summary>How many members must be present to open a meeting and to take a decision.</summary>
/// <remarks>
/// GA rule 67: one third of the Members to declare a meeting open and permit debate, a majority
/// of the Members for any decision. The Council's rules set no quorum: its decisions need nine
/// affirmative votes anyway (Charter Art. 27).
/// </remarks>
public sealed record Quorum(QuorumShare ToOpen, QuorumShare ToDecide)
{
    public static Quorum GeneralAssembly { get; } = new(QuorumShare.OneThird, QuorumShare.Majority);

    public static Quorum NoneRequired { get; } = new(QuorumShare.None, QuorumShare.None);

    public static int Count(QuorumShare share, int members) => share switch
    {
        QuorumShare.None => 0,
        QuorumShare.OneQuarter => checked((members + 3) / 4),
        QuorumShare.OneThird => checked((members + 2) / 3),
        QuorumShare.Majority => checked((members / 2) + 1),
        QuorumShare.TwoThirds => checked(((2 * members) + 2) / 3),
        _ => throw new ArgumentOutOfRangeException(nameof(share)),
    };

    public static bool TryParseShare(string? text, out QuorumShare share)
    {
        share = text switch
        {
            "none" => QuorumShare.None,
            "one-quarter" => QuorumShare.OneQuarter,
            "one-third" => QuorumShare.OneThird,
            "majority" => QuorumShare.Majority,
            "two-thirds" => QuorumShare.TwoThirds,
            _ => (QuorumShare)(-1),
        };
        return Enum.IsDefined(share);
    }
}
