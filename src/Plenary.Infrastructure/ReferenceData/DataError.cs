using System.Globalization;

namespace Plenary.Infrastructure.ReferenceData;

/// <summary>One thing wrong in a reference data file: the file, the line (1 is the header), the column and why.</summary>
public sealed record DataError(string File, int Line, string Field, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: {Message}");
}
