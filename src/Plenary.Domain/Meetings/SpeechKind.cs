namespace Plenary.Domain.Meetings;

/// <summary>Why a delegation asks for the floor.</summary>
/// <remarks>Explanations of vote before or after the vote (rule 88); right of reply (decision 34/401).</remarks>
public enum SpeechKind
{
    Statement,
    ExplanationBeforeVote,
    ExplanationAfterVote,
    RightOfReply,
}

public static class SpeechKindNames
{
    public static string Word(this SpeechKind kind) => kind switch
    {
        SpeechKind.Statement => "statement",
        SpeechKind.ExplanationBeforeVote => "explanation-before-vote",
        SpeechKind.ExplanationAfterVote => "explanation-after-vote",
        SpeechKind.RightOfReply => "right-of-reply",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out SpeechKind kind)
    {
        foreach (var candidate in Enum.GetValues<SpeechKind>())
        {
            if (string.Equals(candidate.Word(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
