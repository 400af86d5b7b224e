using System.Collections.Immutable;

namespace Plenary.Domain.States;

/// <summary>The members of the Security Council on a date.</summary>
/// <remarks>
/// Charter Art. 23: fifteen members from 1966 (eleven before), five of them permanent. The permanent
/// members' concurring votes are needed on all but procedural matters (Art. 27(3)).
/// <see cref="Members"/> are in English alphabetical order of their names on the date, the order
/// of the Council's presidency and of its roll calls.
/// </remarks>
public sealed record CouncilComposition(DateOnly Date, ImmutableArray<StateCode> Members, ImmutableArray<StateCode> Permanent)
{
    public int Size => Members.Length;

    public bool IsPermanent(StateCode code) => Permanent.Contains(code);
}
