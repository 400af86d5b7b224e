namespace Plenary.Domain.Bodies;

/// <summary>Why a member of a body cannot vote on a question although it sits in the body.</summary>
/// <remarks>
/// Kept apart from simple absence so the record can say why (un-procedure §1.3): both export as
/// non-voting, but only a member that may vote has its vote accepted.
/// </remarks>
public enum NonVotingReason
{
    /// <summary>Arrears under Charter Art. 19 (General Assembly only).</summary>
    Article19,

    /// <summary>Counted as a Member but barred from the Assembly's work (Yugoslavia under GA res. 47/1, 1992-2000).</summary>
    NotParticipating,
}
