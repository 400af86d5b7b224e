namespace Plenary.Infrastructure.EventLog;

/// <summary>The append-only event log: streams with optimistic concurrency, and one global order over all of them.</summary>
/// <remarks>
/// Versions count from 1 within a stream (a stream that was never written is at version 0);
/// positions count from 1 over the whole log, without gaps, in commit order. "From" arguments
/// are inclusive.
/// </remarks>
public interface IEventLog
{
    /// <summary>Appends every <see cref="StreamAppend"/> in one transaction and stamps the events with the log's clock.</summary>
    /// <returns>The events as recorded, in position order.</returns>
    /// <exception cref="ConcurrencyConflict">A stream is not at its expected version; nothing was written to any stream.</exception>
    /// <exception cref="ArgumentException">An event type has no stable name; nothing was written.</exception>
    Task<IReadOnlyList<RecordedEvent>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken);

    /// <summary>Raised with the events of the appends this instance committed, in position order, once they are durable and before those appends return.</summary>
    /// <remarks>
    /// A reader of the whole log (the command runner) learns its own process's writes here without
    /// reading them back, and in order even when concurrent appends return out of order. Writes of
    /// other processes are not announced: they are read. A handler must be quick and must not throw.
    /// </remarks>
    event Action<IReadOnlyList<RecordedEvent>>? Committed;

    /// <summary>The stream's events from <paramref name="fromVersion"/> on, in version order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string stream, long fromVersion, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="maxCount"/> events from <paramref name="fromPosition"/> on, in position order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken);

    /// <summary>The version of the stream's last event, 0 for a stream never written.</summary>
    Task<long> StreamVersionAsync(string stream, CancellationToken cancellationToken);

    /// <summary>The position of the last event in the log, 0 when it is empty.</summary>
    Task<long> HeadPositionAsync(CancellationToken cancellationToken);

    /// <summary>Like <see cref="ReadAllAsync"/>, but the events as stored: name, schema version and payload as written, before any upcast.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStoredAsync(long fromPosition, int maxCount, CancellationToken cancellationToken);

    /// <summary>Appends events exactly as another log stored them (name, schema version, payload, recorded-at), in their order, in one transaction.</summary>
    /// <remarks>Their positions are this log's own. Each event's version must follow its stream's current version.</remarks>
    /// <exception cref="ConcurrencyConflict">An event's version does not follow its stream's; nothing was written.</exception>
    Task RestoreAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken);
}
