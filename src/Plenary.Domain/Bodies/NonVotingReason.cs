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
}
