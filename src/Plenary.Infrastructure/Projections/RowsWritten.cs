namespace Plenary.Infrastructure.Projections;

/// <summary>How many rows a write put in each read model.</summary>
public readonly record struct RowsWritten(int Decisions, int RecordedVotes)
{
    public static RowsWritten operator +(RowsWritten a, RowsWritten b) => new(checked(a.Decisions + b.Decisions), checked(a.RecordedVotes + b.RecordedVotes));
}
