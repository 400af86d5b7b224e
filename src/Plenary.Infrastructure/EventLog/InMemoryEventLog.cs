using Plenary.Infrastructure.EventCodec;

namespace Plenary.Infrastructure.EventLog;

/// <summary>An append-only log held in memory: what a scenario replays into before anything is written anywhere.</summary>
/// <remarks>
/// Appends are all-or-nothing per call and checked against the stream's expected version, as the
/// durable logs are. It keeps event objects, not their JSON: <see cref="ReadStoredAsync"/> encodes
/// them at their current schema version, and <see cref="RestoreAsync"/> decodes (and upcasts) what
/// it is given.
/// </remarks>
public sealed class InMemoryEventLog : IEventLog
{
    private readonly List<RecordedEvent> _all = [];
    private readonly Dictionary<string, List<RecordedEvent>> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly JsonEventCodec _codec;

    public InMemoryEventLog()
        : this(TimeProvider.System)
    {
    }

    public InMemoryEventLog(TimeProvider timeProvider, JsonEventCodec? codec = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _clock = timeProvider;
        _codec = codec ?? JsonEventCodec.Default;
    }

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
            Commit([new StreamAppend(stream, expectedVersion, events)], RecordedAt.Now(_clock));
            return _streams[stream].Count;
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

    public Task<IReadOnlyList<RecordedEvent>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appends);
        foreach (var append in appends)
        {
            Placement.Check(append);
            foreach (var e in append.Events)
            {
                ArgumentNullException.ThrowIfNull(e);
                if (!_codec.TryGetType(e.GetType(), out _))
                {
                    throw new ArgumentException($"{e.GetType().FullName} has no stable name in the event table.", nameof(appends));
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Raised under the lock, so that handlers see appends in position order.
            var recorded = Commit(appends, RecordedAt.Now(_clock));
            Committed?.Invoke(recorded);
            return Task.FromResult(recorded);
        }
    }

    public event Action<IReadOnlyList<RecordedEvent>>? Committed;

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string stream, long fromVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            IReadOnlyList<RecordedEvent> events = _streams.TryGetValue(stream, out var list)
                ? [.. list.Where(e => e.Version >= fromVersion)]
                : [];
            return Task.FromResult(events);
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long fromPosition, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        lock (_gate)
        {
            var start = (int)Math.Clamp(fromPosition - 1, 0, _all.Count);
            IReadOnlyList<RecordedEvent> events = [.. _all.Skip(start).Take(maxCount)];
            return Task.FromResult(events);
        }
    }

    public Task<long> StreamVersionAsync(string stream, CancellationToken cancellationToken) => Task.FromResult(Version(stream));

    public Task<long> HeadPositionAsync(CancellationToken cancellationToken) => Task.FromResult(Position);

    public async Task<IReadOnlyList<StoredEvent>> ReadStoredAsync(long fromPosition, int maxCount, CancellationToken cancellationToken)
    {
        var events = await ReadAllAsync(fromPosition, maxCount, cancellationToken);
        return [.. events.Select(Store)];
    }

    public Task RestoreAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        Placement.Check(events);
        var decoded = events.Select(e => _codec.Decode(e.Name, e.SchemaVersion, e.Data)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var versions = events.Select(e => e.Stream).Distinct(StringComparer.Ordinal).ToDictionary(s => s, Version, StringComparer.Ordinal);
            var placed = Placement.Restored(events, versions, _all.Count);
            foreach (var (stored, e) in placed.Zip(decoded))
            {
                Add(new RecordedEvent(stored.Stream, stored.Version, stored.Position, e) { RecordedAt = stored.RecordedAt });
            }
        }

        return Task.CompletedTask;
    }

    // Callers hold _gate.
    private IReadOnlyList<RecordedEvent> Commit(IReadOnlyList<StreamAppend> appends, DateTimeOffset recordedAt)
    {
        var next = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var append in appends)
        {
            var version = next.TryGetValue(append.Stream, out var pending) ? pending : Version(append.Stream);
            if (version != append.ExpectedVersion)
            {
                throw new ConcurrencyConflict(append.Stream, append.ExpectedVersion, version);
            }

            next[append.Stream] = version + append.Events.Count;
        }

        var recorded = new List<RecordedEvent>();
        foreach (var append in appends)
        {
            foreach (var e in append.Events)
            {
                var version = _streams.TryGetValue(append.Stream, out var list) ? list.Count + 1 : 1;
                var r = new RecordedEvent(append.Stream, version, _all.Count + 1, e) { RecordedAt = recordedAt };
                Add(r);
                recorded.Add(r);
            }
        }

        return recorded;
    }

    private void Add(RecordedEvent recorded)
    {
        if (!_streams.TryGetValue(recorded.Stream, out var list))
        {
            list = [];
            _streams[recorded.Stream] = list;
        }

        list.Add(recorded);
        _all.Add(recorded);
    }

    private StoredEvent Store(RecordedEvent recorded)
    {
        var encoded = _codec.Encode(recorded.Event);
        return new StoredEvent(recorded.Position, recorded.Stream, recorded.Version, encoded.Name, encoded.SchemaVersion, encoded.Data, recorded.RecordedAt);
    }
}
