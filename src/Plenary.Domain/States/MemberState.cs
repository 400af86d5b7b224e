namespace Plenary.Domain.States;

/// <summary>A State known to Plenary: a Member, an observer State or a former Member.</summary>
/// <remarks>
/// A State is a Member of the United Nations from its admission (Charter Art. 4) to the last day of
/// its membership, <see cref="Ceased"/> (inclusive), if it has one. Observer States are never
/// Members. <see cref="ContinuedBy"/> names the code under which the same membership goes on (the
/// USSR's by the Russian Federation); a merger or a dissolution leaves it null.
/// </remarks>
public sealed record MemberState(
    StateCode Code,
    StateNames Names,
    StateStatus Status,
    DateOnly? Admitted,
    DateOnly? Ceased,
    RegionalGroup Group,
    StateCode? ContinuedBy,
    string M49)
{
    /// <summary>The English short name.</summary>
    public string Name => Names.En;

    public bool IsMemberOn(DateOnly date) =>
        Status != StateStatus.ObserverState
        && Admitted is { } admitted
        && admitted <= date
        && (Ceased is not { } ceased || date <= ceased);
}
