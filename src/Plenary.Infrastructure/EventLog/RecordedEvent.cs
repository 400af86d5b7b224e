namespace Plenary.Infrastructure.EventLog;

/// <summary>An event as the log holds it: its stream, its version in the stream and its position in the whole log.</summary>
public sealed record RecordedEvent(string Stream, long Version, long Position, object Event)
{
    /// <summary>When the log committed the event, by the log's clock, in UTC to the microsecond.</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
