namespace Plenary.Infrastructure.Projections;

/// <summary>What a catch-up or a rebuild did: events read from the log, rows written, and the log position the read models now reflect.</summary>
public sealed record ProjectionRun(long EventsRead, RowsWritten Rows, long Position);
