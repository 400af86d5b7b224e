namespace Plenary.Infrastructure.EventLog;

/// <summary>Another writer appended to the stream since its version was read.</summary>
public sealed class ConcurrencyConflict(string stream, long expected, long actual)
    : Exception($"Stream {stream} is at version {actual}, not {expected}: it changed since it was read.")
{
    public string Stream { get; } = stream;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}
