namespace Plenary.Domain.States;

/// <summary>A seat on the Security Council held by a State for whole calendar years.</summary>
/// <remarks>
/// Charter Art. 23: five permanent members (<see cref="Permanent"/>, no <see cref="ToYear"/>) and
/// elected members for two-year terms, six until 1965 and ten from 1966 (Art. 23 as amended,
/// in force 31 August 1965). The term covers 1 January of <see cref="FromYear"/> to 31 December of
/// <see cref="ToYear"/>.
/// </remarks>
public sealed record CouncilTerm(StateCode Code, int FromYear, int? ToYear, bool Permanent)
{
    public bool CoversYear(int year) => FromYear <= year && (ToYear is not { } to || year <= to);
}
