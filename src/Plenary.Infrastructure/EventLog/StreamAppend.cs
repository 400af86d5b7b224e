namespace Plenary.Infrastructure.EventLog;

/// <summary>Events to append to one stream, if the stream is still at <paramref name="ExpectedVersion"/> (0 for a new stream).</summary>
public sealed record StreamAppend(string Stream, long ExpectedVersion, IReadOnlyList<object> Events);
