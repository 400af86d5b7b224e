namespace Plenary.Infrastructure.EventLog;

/// <summary>An event as the log holds it: its stream, its version in the stream and its position in the whole log.</summary>
public sealed record RecordedEvent(string Stream, long Version, long Position, object Event);
