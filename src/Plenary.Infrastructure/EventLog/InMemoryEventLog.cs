namespace Plenary.Infrastructure.EventLog;

/// <summary>An append-only log held in memory: what a scenario replays into before anything is written anywhere.</summary>
/// <remarks>Appends are all-or-nothing per call and checked against the stream's expected version, as the durable logs are.</remarks>
public sealed class InMemoryEventLog
{
    private readonly List<RecordedEvent> _all = [];
    private readonly Dictionary<string, List<RecordedEvent>> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyList<RecordedEvent> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _all];
            }
        }
    }

    public long Version(string stream)
    {
        lock (_gate)
        {
            return _streams.TryGetValue(stream, out var events) ? events.Count : 0;
        }
    }

    public IReadOnlyList<RecordedEvent> Read(string stream)
    {
        lock (_gate)
        {
            return _streams.TryGetValue(stream, out var events) ? [.. events] : [];
        }
    }

    /// <summary>Appends the events if the stream is still at <paramref name="expectedVersion"/>; returns the new version.</summary>
    public long Append(string stream, long expectedVersion, IReadOnlyList<object> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            if (!_streams.TryGetValue(stream, out var list))
            {
                list = [];
                _streams[stream] = list;
            }

            if (list.Count != expectedVersion)
            {
                throw new ConcurrencyConflict(stream, expectedVersion, list.Count);
            }

            foreach (var e in events)
            {
                var recorded = new RecordedEvent(stream, list.Count + 1, _all.Count + 1, e);
                list.Add(recorded);
                _all.Add(recorded);
            }

            return list.Count;
        }
    }

    /// <summary>Forgets every event after <paramref name="position"/>: only for a scratch log that is discarded whole if anything fails, such as a scenario replay.</summary>
    public void TruncateTo(long position)
    {
        lock (_gate)
        {
            while (_all.Count > position)
            {
                var last = _all[^1];
                _all.RemoveAt(_all.Count - 1);
                _streams[last.Stream].RemoveAt(_streams[last.Stream].Count - 1);
            }
        }
    }

    public long Position
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }
}
