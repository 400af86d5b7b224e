namespace Plenary.Infrastructure.Commands;

/// <summary>The caller expected a stream at a version it no longer has (an HTTP <c>If-Match</c> that is out of date); nothing was decided.</summary>
public sealed class StaleVersion(string stream, long expected, long actual)
    : Exception($"Stream {stream} is at version {actual}, not the expected {expected}: read it again before deciding.")
{
    public string Stream { get; } = stream;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}
