namespace Plenary.Infrastructure.EventLog;

/// <summary>One row of the log as written: the event's stable name, its schema version and its JSON payload, undecoded.</summary>
public sealed record StoredEvent(
    long Position,
    string Stream,
    long Version,
    string Name,
    int SchemaVersion,
    string Data,
    DateTimeOffset RecordedAt);
