using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Plenary.Domain.States;

namespace Plenary.Infrastructure.ReferenceData;

/// <summary>The membership register read from <c>data/</c>, or every error found in the files (then no register).</summary>
public sealed record ReferenceDataLoadResult(MembershipRegister? Register, ImmutableArray<DataError> Errors)
{
    [MemberNotNullWhen(true, nameof(Register))]
    public bool Succeeded => Register is not null && Errors.IsEmpty;
}
