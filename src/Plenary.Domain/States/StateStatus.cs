namespace Plenary.Domain.States;

/// <summary>How a State stands towards the United Nations.</summary>
/// <remarks>
/// Members are admitted under Charter Art. 4. Observer States (the Holy See, the State of Palestine)
/// are not Members and have no vote. A former Member's code is kept to read historical records.
/// </remarks>
public enum StateStatus
{
    Member,
    ObserverState,
    FormerMember,
}
