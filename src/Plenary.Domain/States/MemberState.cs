namespace Plenary.Domain.States;

/// <summary>A State known to Plenary: a Member, an observer State or a former Member.</summary>
/// <remarks>
/// A State is a Member of the United Nations from its admission (Charter Art. 4) to the last day of
/// its membership, <see cref="Ceased"/> (inclusive), if it has one. Observer States are never
/// Members. <see cref="ContinuedBy"/> names the code under which the same membership goes on (the
/// USSR's by the Russian Federation); a merger or a dissolution leaves it null.
/// <see cref="ParticipationEnded"/> marks a Member still counted but barred from the Assembly's
/// work: Yugoslavia from GA res. 47/1 (22 September 1992) until the Federal Republic of
/// Yugoslavia was admitted in 2000; the UN's records count it as non-voting meanwhile.
/// </remarks>
public sealed record MemberState(
    StateCode Code,
    StateNames Names,
    StateStatus Status,
    DateOnly? Admitted,
    DateOnly? Ceased,
    RegionalGroup Group,
    StateCode? ContinuedBy,
    string M49,
    DateOnly? ParticipationEnded = null)
{
    /// <summary>The English short name.</summary>
    public string Name => Names.En;

    public bool IsMemberOn(DateOnly date) =>
        Status != StateStatus.ObserverState
        && Admitted is { } admitted
        && admitted <= date
        && (Ceased is not { } ceased || date <= ceased);

    /// <summary>True when the State is a Member on the date but may not take part in the Assembly's work.</summary>
    public bool IsBarredOn(DateOnly date) => ParticipationEnded is { } ended && date >= ended && IsMemberOn(date);
}
