namespace Plenary.Infrastructure.EventLog;

/// <summary>What an import did: how many events it appended, or every error it found (and then it appended nothing).</summary>
public sealed record ImportResult(int Imported, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
